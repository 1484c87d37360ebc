package lang

// CapitalAcronyms is implemented by a language whose running text writes
// no person's name in capital letters, so that a word in capitals there
// is an acronym of a body or a firm (English "accuses HANO of", where a
// tagger reads the capital as a surname's). Languages that write
// surnames in capitals (Turkish "Ahmet YILMAZ") do not implement it.
type CapitalAcronyms interface {
	// CapitalAcronym reports whether a folded word (Token.Norm), written
	// in capitals in text in ordinary case, is read as an acronym: not a
	// given name shouted (KERRY, JUSTIN).
	CapitalAcronym(norm string) bool
}
