package lang

// ClubNames is implemented by a language that knows the words of a match
// report and how its news write a club's full name around the short name a
// story uses: a sentence about a match names a club by its town
// ("Livingston worked an opening") where the gazetteer holds the club
// under its full name (Livingston FC).
type ClubNames interface {
	SportsWords // the words of a match report: goal, striker, league, penalty
	// PlaceBefore reports whether a folded word right before a name makes
	// the name the place a match is played in, not a team ("scored twice
	// in Paris").
	PlaceBefore(norm string) bool
	// ClubForms returns the full names a club called short may have
	// (Livingston → Livingston FC, FC Livingston, Livingston Football Club).
	ClubForms(short string) []string
}
