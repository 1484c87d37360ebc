package en

import "github.com/varlik/varlik/lang"

var _ lang.TeamJoins = English{}

// JoinsTeam reports whether norm, the folded word right before a name (an
// article skipped), with prev, the word before it, makes the name the team
// a player plays for, signs for or is traded to (lang.TeamJoins): "played
// for Footscray", "26 games for Lausanne", "signed for Barnsley", "traded
// to the Toronto Blue Jays", "on loan from Hearts", "coached North
// Melbourne". Left out because places and people follow them too:
// sign and play (a good sign for Morrisey, a play for time), transferred
// to (a unit or an official is transferred to a town), moved
// to, joined (joined Smith), played with (a musician plays with another),
// sold to, managed.
func (English) JoinsTeam(prev, norm string) bool {
	switch norm {
	case "for":
		switch prev {
		case "played", "plays", "playing", "signed", "signs", "signing", "scored", "scores",
			"scoring", "games", "matches", "appearances", "debut":
			return true
		}
	case "to":
		switch prev {
		case "traded", "loaned":
			return true
		}
	case "from", "at":
		return prev == "loan"
	case "coached", "captained":
		return true
	}
	return false
}
