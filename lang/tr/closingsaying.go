package tr

import "github.com/varlik/varlik/lang"

var _ lang.ClosingSayings = Turkish{}

// personSayings are the folded past forms of the verbs of saying that
// close a sentence whose subject is a person more than an organization:
// said, told, stated, added, recounted. Bildirdi, kaydetti, açıkladı and
// duyurdu are left out: a ministry or a company reports, notes and
// announces as often as a person.
var personSayings = map[string]bool{
	"dedi": true, "söyledi": true, "belirtti": true, "ekledi": true, "anlattı": true,
}

// PersonSaying reports whether norm, a folded word closing a sentence, is
// such a verb (lang.ClosingSayings).
func (Turkish) PersonSaying(norm string) bool { return personSayings[norm] }
