package tr

// stormHeads are the folded beginnings of the head nouns that follow a
// storm's name, in the compound's possessive form a name takes (Rosa
// Kasırgası, Haiyan Tayfunu, Idai Siklonu, Ciarán Fırtınası): hurricane,
// typhoon, cyclone, storm. The bare nouns are left out: Tayfun is a given
// name, Tayfun and Fırtına are surnames, and a storm word alone ("partide
// fırtına kopardı") names no storm.
var stormHeads = [...]string{"kasırgas", "tayfunu", "siklonu", "fırtınas"}

// StormHead reports whether norm, a folded word, is the head noun that
// follows a storm's name in any of its forms (recognize's storm heads):
// kasırgası, Kasırgası'nın (after the apostrophe is split off),
// tayfununun. A stem's forms only add suffixes, so a prefix test finds
// them.
func (Turkish) StormHead(norm string) bool {
	return stormIndex.startsAny(norm)
}
