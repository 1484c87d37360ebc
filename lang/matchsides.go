package lang

// MatchSides is implemented by a language that knows the words that make
// a name next to them a side of a match in a sports report (English
// "Leeds beat Arsenal", "drew with Fiorentina", "lost to Southampton"): a
// club is mostly named after its town, which a tagger reads as the town.
type MatchSides interface {
	// SideAfter reports whether a folded word (Token.Norm) right after a
	// name makes the name a side.
	SideAfter(norm string) bool
	// SideBefore reports whether a folded word right before a name, with
	// the folded word before it ("" if none), makes the name a side.
	SideBefore(prev, norm string) bool
	// TeamPart reports whether a folded word right after a name, with the
	// folded word after it ("" if none), is a part of the pitch or the
	// game that a side has (the Brighton box, not the London box office).
	TeamPart(norm, next string) bool
	// SideFollower reports whether a folded lower-case word may come right
	// after a side of a match named after a match verb: a preposition or
	// an adverb of time (Arsenal host Wolves tonight), not a noun the name
	// would modify (Chelsea face Easter test).
	SideFollower(norm string) bool
	// NotSideAfter reports whether a folded word right after a name facing
	// a match verb makes the name no side (English "to": United beat
	// Mourinho to the signing).
	NotSideAfter(norm string) bool
}
