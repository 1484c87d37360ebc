package recognize

import "github.com/varlik/varlik/lang"

// possessiveSuffix reports whether t is the language's possessive that
// stands inside names (lang.PossessiveNames: 's), as the tokenizer splits
// it off its word: a Suffix token.
func possessiveSuffix(t *lang.Token, pn lang.PossessiveNames, l lang.Language) bool {
	return t.Kind == lang.Suffix && pn.PossessiveInName(lang.FoldToken(t, l))
}

// possessiveToken is possessiveSuffix that also takes the possessive
// where the tokenizer left it a Word token (a headline's SAINSBURY 'S, a
// possessive written apart by more than one space).
func possessiveToken(t *lang.Token, pn lang.PossessiveNames, l lang.Language) bool {
	return (t.Kind == lang.Suffix || t.Kind == lang.Word) && pn.PossessiveInName(lang.FoldToken(t, l))
}
