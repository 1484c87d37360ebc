package lang

// ThingPredicates is implemented by a language that knows the nouns which,
// as the predicate that ends a defining sentence, say its subject is a
// work, a product or a language (Turkish "X , 1999 yapımı bir filmdir",
// "X , ... bir Meksika halk şarkısıdır"): encyclopedic and explanatory
// text opens a sentence with the name it defines and ends it with what the
// name is. News annotation tags none of these, while a tagger reads such
// a name, often foreign words, as a person's or a place's.
type ThingPredicates interface {
	// PredicatesThing reports whether a folded word (Token.Norm) that
	// ends a sentence says the sentence's subject is such a thing.
	PredicatesThing(norm string) bool
}
