package lang

// TeamPossessions is implemented by a language whose sports reports name a
// part of a side's play or of its pitch as a possessive noun right after
// the side's name, bare or after its genitive ending (Turkish "Brighton
// savunmasını", "Kartal 'ın savunması", "Brighton ceza sahasının"): a town
// has no defence, goalkeeper or penalty area, so the name is its club's.
type TeamPossessions interface {
	// TeamPossession reports whether norm, the folded word after a name,
	// with next, the folded word after it ("" if none), is such a noun;
	// suffix is the folded apostrophe suffix between the name and norm
	// ("" if none), which must be the genitive for the noun to be the
	// name's. sports says whether the sentence is about sports
	// (SportsWords or a score): some nouns are a side's only there (a
	// defence is a defendant's too, a field an oil field's).
	TeamPossession(suffix, norm, next string, sports bool) bool
}
