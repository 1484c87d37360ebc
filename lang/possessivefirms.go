package lang

// PossessiveFirms is implemented by a language whose possessive may stand
// for a shop or a firm named by its founder, with the noun it owns left
// out (English "Sainsbury 's has been putting Argos outlets in its
// stores"): a verb right after the possessive that it cannot contract
// shows that nothing is owned, so the name is the firm's, not a person's.
type PossessiveFirms interface {
	// FirmVerbAfterPossessive reports whether verb, the folded lower-case
	// word right after a name's possessive, is such a verb.
	FirmVerbAfterPossessive(verb string) bool
}
