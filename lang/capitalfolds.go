package lang

// CapitalFolds is implemented by a language whose folding cannot tell
// what a word written in capitals is in small letters: Turkish folds I to
// ı, but a foreign name in capitals writes its i as I too (LUCA MODRIC,
// Luca Modric), where the language's own words dot theirs (CEM YILMAZ,
// Cem Yılmaz; İSTANBUL).
type CapitalFolds interface {
	// CapitalFoldVariant returns the other reading of a folded word
	// written in capitals (luca modrıc → luca modric), or "" when it has
	// none.
	CapitalFoldVariant(norm string) string
}
