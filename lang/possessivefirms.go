package lang

// PossessiveFirms is implemented by a language whose possessive may stand
// for a shop or a firm named by its founder, with the noun it owns left
// out (English "Sainsbury 's sold its pharmacy business", "after
// Sainsbury 's tested a joint venture"): a verb right after the possessive
// shows that nothing is owned, so the name is the firm's, not a person's.
type PossessiveFirms interface {
	// FirmVerbAfterPossessive reports whether the folded lower-case words
	// verb and next, right after a name's possessive, are a finite verb
	// and the word after it, which no possessive can own.
	FirmVerbAfterPossessive(verb, next string) bool
}
