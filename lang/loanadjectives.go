package lang

// LoanAdjectives is implemented by a language that makes adjectives of
// the words it borrows with a suffix English has not (Центральный парк,
// Central Park; Национальный, National; Консервативная, Conservative):
// LoanAdjectiveStem returns a folded word of such an adjective, in any
// case, as the word English writes (центрального → централь), or the word
// itself. Links key the names of places and organizations with it, not
// people's.
type LoanAdjectives interface {
	LoanAdjectiveStem(w string) string
}
