package lang

// FieldTitles is implemented by a language whose titles of office name the
// office's field with capitalized words before the title's noun, words
// that name no body (Turkish "Hazine ve Maliye Bakanı", "Gençlik ve Spor
// Bakanı": the minister of a field, whose ministry is "Hazine ve Maliye
// Bakanlığı"). News annotation leaves such a title untagged, and a tagger
// that has seen ministries reads its first words as one.
type FieldTitles interface {
	// FieldTitle reports whether a folded word is such a title's noun.
	FieldTitle(norm string) bool
}
