package en

import "github.com/varlik/varlik/lang"

var _ lang.CompetitionHeads = English{}

// CompetitionHead reports whether norm, a folded word, ends the name of a
// competition (lang.CompetitionHeads): the Premier League, the Champions
// League, the Betfred Cup, La Liga, and the leagues named in one word
// (the Bundesliga, the Premiership, the Eredivisie). Left out because bodies' names end in them
// too: association, federation, union, series (a company's), games (a
// studio's), open (the Open University).
func (English) CompetitionHead(norm string) bool {
	switch norm {
	case "league", "cup", "championship", "championships", "trophy", "olympics", "paralympics",
		"liga", "bundesliga", "premiership", "eredivisie":
		return true
	}
	return false
}
