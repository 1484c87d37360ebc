package lang

// Bylines is implemented by a language whose news sets a reporter's name
// on a line of its own, the surname in capitals, then the place filed from
// after a mark (Turkish "Selin KARADAĞ - ANKARA", "Ali KAYA / İZMİR").
// recognize reads such a line as its people and its place.
type Bylines interface {
	// BylineMark reports whether a punctuation token's text parts a
	// byline's names and place.
	BylineMark(s string) bool
}
