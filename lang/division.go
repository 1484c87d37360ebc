package lang

// PlaceDivisions is implemented by a language that writes the noun of an
// administrative division after a place's name (Turkish "Hampshire
// eyaletinin", "Artvin ilinin"): in lower case the noun describes the
// place and is not a word of its name, which the guideline ends at its
// last capitalized word (a capitalized one is the name's: "Limburg İli").
type PlaceDivisions interface {
	// DivisionNoun reports whether norm, a folded word, is an
	// administrative division's noun in any of its forms.
	DivisionNoun(norm string) bool
}
