package lang

// SportsWords is implemented by a language that knows the words of a
// sports report (match, goal, league, season, win, coach). In a sentence
// with one, a short name that a club's full name holds ("Livingston" of
// "Livingston FC") names the club; elsewhere it is as likely a town or a
// person ("Salisbury , Kuzey Carolina 'da").
type SportsWords interface {
	// SportsWord reports whether a folded word (Token.Norm) belongs to a
	// sports report.
	SportsWord(norm string) bool
}
