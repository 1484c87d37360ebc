package lang

// SeatPrepositions is implemented by a language whose business news names
// a company's seat after the company's legal form with a preposition
// (English "Google Inc. of Mountain View", "Toyota Motor Corp of Japan"):
// the place after it is a name of its own, not the company's.
type SeatPrepositions interface {
	// SeatPreposition reports whether a folded word (Token.Norm) is such
	// a preposition.
	SeatPreposition(norm string) bool
}
