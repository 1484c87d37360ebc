package en

import "github.com/varlik/varlik/lang"

var _ lang.OrganizationPhrases = English{}

// OrganizationAfter reports whether norm, a folded preposition right
// before a name, with prev, the folded word before it, makes the name an
// organization's: what business news says of companies ("shares in
// Halvorsen", "a stake in Brunnwald", "analysts at Mortimer", "the chief
// executive of Kessler", "a subsidiary of Vandermeer", "its merger with
// Calder"). People and towns do not have shares, stakes, subsidiaries,
// chairmen or analysts. Left out because people have them too: spokesman
// for (a politician's), lawyer for, bid for, offer for, owned by.
func (English) OrganizationAfter(prev, norm string) bool {
	switch norm {
	case "in":
		switch prev {
		case "shares", "stake", "stakes", "shareholder", "shareholders", "shareholding", "holding", "investors":
			return true
		}
	case "of":
		switch prev {
		case "shares", "shareholder", "shareholders", "subsidiary", "subsidiaries", "unit", "division", "chairman",
			"chairwoman", "ceo", "executive", "executives", "employees", "takeover", "acquisition", "shareholding":
			return true
		}
	case "at":
		switch prev {
		case "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders",
			"dealer", "dealers", "executive", "executives", "employees", "broker":
			return true
		}
	case "with":
		switch prev {
		case "merger", "merge", "merged", "merging":
			return true
		}
	}
	return false
}
