package en

import "github.com/varlik/varlik/lang"

var _ lang.SeatPrepositions = English{}

// SeatPreposition reports whether norm, a folded word, introduces a
// company's seat after its legal form (lang.SeatPrepositions): "Google
// Inc. of Mountain View", "Barrick Gold Corp of Toronto".
func (English) SeatPreposition(norm string) bool { return norm == "of" }
