package lang

// StormHeads is implemented by a language that writes a storm's kind as
// a head noun after its name (lang/tr: Rosa Kasırgası, Haiyan Tayfunu):
// there a storm's name is told by that noun alone, not by the sentence's
// words, which are metaphors as often (fırtına kopardı, a storm of
// protest) or given names and surnames (Tayfun, Fırtına).
type StormHeads interface {
	GivenNames
	// StormHead reports whether a folded word is such a head noun.
	StormHead(norm string) bool
}
