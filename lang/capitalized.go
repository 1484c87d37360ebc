package lang

// CapitalizedHeads is implemented by a language that writes the head noun
// of an organization's name capitalized (Turkish "Kızılay Derneği",
// English "Southern University"), so that a lower-case head noun after a
// name is the apposition's ("BM kurumu", "the body BM"; "Southern
// University police"), not a word of the name. Russian is not one: its
// names keep their heads in lower case ("Верховный суд").
type CapitalizedHeads interface {
	// HeadsCapitalized reports whether the language writes organization
	// heads capitalized (implementations return true).
	HeadsCapitalized() bool
}
