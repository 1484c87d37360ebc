package lang

// TeamJoins is implemented by a language that knows the words before a
// name that make it the team a player plays for, signs for or is traded
// to (English "played for Footscray", "traded to the Toronto Blue Jays",
// "on loan from Hearts"): a club is mostly named after its town, which a
// tagger reads as the town, and a franchise's name as a person's.
type TeamJoins interface {
	// JoinsTeam reports whether norm, the folded word right before a name
	// (an article between them skipped), with prev, the folded word
	// before norm ("" if none), makes the name a team a player belongs to.
	JoinsTeam(prev, norm string) bool
}
