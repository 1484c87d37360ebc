package lang

// PalaceHeads is implemented by a language that knows the head nouns of
// palaces' names (lang/tr: Sarayı). A palace's name names the body that
// sits in it too (Çankaya Sarayı, a presidency) and a common noun before
// the head makes a palace of a kind (Kış Sarayı, the winter palace), so
// recognize takes these heads with more care than a venue's (VenueHeads).
type PalaceHeads interface {
	// PalaceHead reports whether a folded word is such a head noun.
	PalaceHead(norm string) bool
}
