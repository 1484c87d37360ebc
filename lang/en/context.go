package en

import "github.com/varlik/varlik/lang"

var (
	_ lang.OrganizationContext     = English{}
	_ lang.OrganizationPossessions = English{}
	_ lang.TeamContext             = English{}
)

// MarksTeam reports whether norm, a folded word right after a name, makes
// the name a team's (lang.TeamContext): "Brighton defenders", "Kent
// captain". The other words of orgContext keep a known town a town
// ("London shares", "Tokyo stores").
func (English) MarksTeam(norm string) bool { return teamContext[norm] }

// teamContext are orgContext's words of a team.
var teamContext = map[string]bool{
	"striker": true, "strikers": true, "midfielder": true, "midfielders": true, "defender": true, "defenders": true,
	"goalkeeper": true, "keeper": true, "winger": true, "manager": true, "boss": true, "coach": true,
	"player": true, "players": true, "squad": true, "defence": true, "defense": true, "lineup": true, "line-up": true,
	"captain": true, "skipper": true, "pitcher": true, "quarterback": true, "batsman": true, "bowler": true,
	"wicketkeeper": true, "shortstop": true, "outfielder": true, "fly-half": true,
}

// MarksOrganization reports whether norm, a folded word right after a
// name, makes the name an organization's (lang.OrganizationContext):
// "Brighton defenders", "Nielsen shareholders".
func (English) MarksOrganization(norm string) bool { return orgContext.Has(norm) }

// orgContext are the words that, right after a name, make it a company's,
// a team's or a party's: its players, manager, shares, stores, members
// ("the ruling Fatah party"), its website or web site ("Hyatt web site":
// UNER EWT dev 0.7831 → 0.7841, the other dev sets unchanged). Left out
// because people and countries have them too: fans, supporters, team, side, officials, leader, staff, brand
// (the Trump brand), chief (Trump chief of staff).
var orgContext = lang.NewWordSet(map[string]bool{
	// a team's
	"striker": true, "strikers": true, "midfielder": true, "midfielders": true, "defender": true, "defenders": true,
	"goalkeeper": true, "keeper": true, "winger": true, "manager": true, "boss": true, "coach": true,
	"player": true, "players": true, "squad": true, "defence": true, "defense": true, "lineup": true, "line-up": true,
	// Other sports' positions (a country's captain or pitcher keeps the
	// country's type: retypeByContext leaves the gazetteer's wide areas).
	"captain": true, "skipper": true, "pitcher": true, "quarterback": true, "batsman": true, "bowler": true,
	"wicketkeeper": true, "shortstop": true, "outfielder": true, "fly-half": true,
	// a company's
	"shares": true, "shareholders": true, "stores": true, "employees": true, "employee": true, "executives": true,
	"customers": true, "products": true, "subsidiary": true, "subsidiaries": true, "founder": true, "co-founder": true,
	"chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"website": true, "web": true, "app": true, "members": true, "member": true,
	// a party's
	"party": true,
})

// OwnedByOrganization reports whether suffix is the possessive 's (or ’s)
// and norm a word after it that makes the name before it an organization's
// (lang.OrganizationPossessions): "Sainsbury 's stores", "a Brink 's
// employee". A possessive that owns nothing (norm "": punctuation follows)
// names a shop or a firm by its founder, as does one followed by a verb
// ("the chief executive of Sainsbury 's ,", "Sainsbury 's is taking on
// Boots"): 's cannot be a contracted is or has before is, has, will or
// says, and news rarely contracts has before said (Trump 's said).
func (English) OwnedByOrganization(suffix, norm string) bool {
	return (suffix == "'s" || suffix == "’s") && (norm == "" || ownedByOrg[norm])
}

// ownedByOrg are the words that, after a name's possessive, make it a
// company's: what a company owns, and the finite verbs that make the
// possessive the subject. Left out because people have them too: side,
// team, players, manager, coach, spokesman, staff, fans, lawyers, defence
// (Kavanaugh 's defense), founder (Rome 's founder); a team's players by
// position (a manager's striker, goalkeeper or winger is his side's:
// "Kenyon 's goalkeeper was booked"); and the past participles a
// contracted has takes (Trump 's sold, 's tested, 's been).
var ownedByOrg = map[string]bool{
	"stores": true, "outlets": true, "shares": true, "shareholders": true, "employee": true, "employees": true,
	"worker": true, "customers": true, "subsidiary": true, "chairman": true,
	"is": true, "was": true, "has": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "does": true, "did": true, "says": true, "said": true,
}
