package lang

// PlaceHeads is implemented by a language that can tell, within a name,
// the head noun of a place's name (Russian республикой, области) from an
// adjective that begins like one (Красного, which the stem кра- of край
// begins).
type PlaceHeads interface {
	// HeadsPlace reports whether a folded word of a name is the head noun
	// of a place's name.
	HeadsPlace(norm string) bool
}
