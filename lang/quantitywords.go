package lang

// QuantityWords is implemented by a language that knows the words
// a date or an amount puts after its number: months (3 апреля) and
// counted nouns and units (5 млн, 10 долларов, 300 человек).
type QuantityWords interface {
	// CountedAfterNumber reports whether a folded word is one of them.
	CountedAfterNumber(norm string) bool
}
