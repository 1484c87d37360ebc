package lang

// TeamWords is implemented by a language with a word for the team of a
// country or a city (Russian сборная) that news annotation leaves outside
// the place's name ("Сборная [[США|LOC]]"), where a tagger trained on
// other conventions takes the two for an organization's name.
type TeamWords interface {
	// TeamWord reports whether a folded word is such a word.
	TeamWord(norm string) bool
}
