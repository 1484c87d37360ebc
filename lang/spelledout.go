package lang

// SpelledOutNames is implemented by a language that joins a shortened word
// to the head of an organization's name in one word (Russian Евросоюз for
// Европейский союз, Генассамблея for Генеральная Ассамблея), where a
// gazetteer names the organization with its words written out.
type SpelledOutNames interface {
	// SpelledOut returns, folded, the names in their citation form that a
	// name whose first word is such a compound may stand for, the compound
	// written out (Генассамблеи ООН → генеральная ассамблея оон), the
	// likeliest first; none when its first word is no such compound.
	SpelledOut(name string) []string
}
