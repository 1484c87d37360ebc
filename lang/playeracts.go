package lang

// PlayerActs is implemented by a language whose match reports name a
// player's play by the player's name before a noun ("Menga strike gives
// Livingston 1-0 win", "a deep Jacobs set-piece"): a surname alone, which
// a tagger that sees one sentence misses.
type PlayerActs interface {
	// PlayerAct reports whether a folded word (Token.Norm) is such a noun.
	PlayerAct(norm string) bool
}
