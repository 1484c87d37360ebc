package tr

import "github.com/varlik/varlik/lang"

var _ lang.Bylines = Turkish{}

// BylineMark reports whether s parts a byline's names and place: a dash,
// a slash or a vertical bar ("Selin KARADAĞ - ANKARA").
func (Turkish) BylineMark(s string) bool {
	switch s {
	case "-", "–", "—", "/", "|":
		return true
	}
	return false
}
