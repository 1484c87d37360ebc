package lang

// Prepositions is implemented by a language whose prepositions stand
// before the name they govern (Russian на Кавано, English on Kavanaugh).
// A person's name never starts with one, so a PERSON mention that does
// holds it by mistake, most often a sentence's capitalized first word;
// linking leaves it out of the name.
type Prepositions interface {
	// Preposition reports whether a folded word (Token.Norm) is a
	// preposition.
	Preposition(norm string) bool
}
