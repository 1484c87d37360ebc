package lang

// PlacePossessions is implemented by a language that knows what only a
// place owns: its compass parts, its independence, its population (Turkish
// "Katalunya'nın bağımsızlığı", "Punta Eugenia'nın güneybatısında"). A
// person does not have them, so a name the tagger read as a person's is
// the place's.
type PlacePossessions interface {
	// OwnedByPlace reports whether suffix, a folded Suffix token right
	// after a name, is a genitive ending and norm, the folded lower-case
	// word after it, is such a possession.
	OwnedByPlace(suffix, norm string) bool
}
