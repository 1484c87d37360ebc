package lang

// TownWords is implemented by a language that names the kind of a town
// after its name with a common noun (Turkish "Toulouse kentinde", "Napoli
// şehrine"): the noun says the name is the town's, even where the
// sentence is about the town's club, which the news convention tags as a
// place when the town only modifies (Avrupa takımı).
type TownWords interface {
	// TownWord reports whether a folded word (Token.Norm), in any of its
	// forms, is the common noun for a town or a city.
	TownWord(norm string) bool
}
