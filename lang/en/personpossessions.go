package en

import "github.com/varlik/varlik/lang"

var _ lang.PersonPossessions = English{}

// OwnedByPerson reports whether suffix is the possessive 's (or ’s, or the
// apostrophe of a name in -s) and norm a word after it that only a person
// has (lang.PersonPossessions): "Kavanaugh 's nomination", "West 's
// rant". Left out because countries, firms and parties have them too:
// statement, speech, lawyers, staff, family (the royal family's
// country), administration, campaign, supporters.
func (English) OwnedByPerson(suffix, norm string) bool {
	return (suffix == "'s" || suffix == "’s" || suffix == "'" || suffix == "’") && ownedByPerson[norm]
}

var ownedByPerson = map[string]bool{
	"nomination": true, "confirmation": true, "testimony": true, "resignation": true, "rant": true,
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true,
	"brother": true, "sister": true, "parents": true, "girlfriend": true, "boyfriend": true,
	"fiancee": true, "fiancée": true, "fiance": true, "fiancé": true, "widow": true, "accuser": true,
	"accusers": true, "birthday": true, "funeral": true, "career": true, "legacy": true, "memoir": true,
	"biography": true, "presidency": true,
}
