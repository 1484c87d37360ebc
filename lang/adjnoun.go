package lang

// AdjectiveNouns is implemented by a language whose names of places and
// bodies are often an adjective and a lower-case noun (Russian
// Капитолийском холме, Гагаузской автономии, Северными территориями), of
// which the tagger may keep the capitalized adjective alone.
type AdjectiveNouns interface {
	// NounAfterAdjective reports whether the folded word next, right after
	// the folded word adj, is a noun that adj, an adjective, qualifies in
	// the same case.
	NounAfterAdjective(adj, next string) bool
}
