package lang

// ForeignSurnames is implemented by a language whose news names many
// foreign people by their surname alone, which its tagger, trained mostly
// on its own names, reads as a body's or a place's (Turkish "Waters'ın
// ofisi", "Kavanaugh'a onay"): a list of frequent foreign surnames that are
// neither a word nor a place of the language.
type ForeignSurnames interface {
	// ForeignSurname reports whether a folded word is such a surname.
	ForeignSurname(norm string) bool
}
