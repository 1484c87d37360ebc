package lang

// SeatPhrases is implemented by a language whose adjective and head noun
// may name a town's standing rather than a body (Russian "Административный
// центр", "Районный центр": the seat of a region), a phrase that opens many
// sentences of encyclopedic text and that the rules reading a capitalized
// adjective and an organization's head noun would otherwise take for a name.
type SeatPhrases interface {
	// SeatPhrase reports whether the folded adjective adj and the folded
	// head noun after it name a town's standing.
	SeatPhrase(adj, head string) bool
}
