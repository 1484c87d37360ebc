package en

import "github.com/varlik/varlik/lang"

var _ lang.PluralVerbs = English{}

// PluralOnly reports whether norm, a folded word, is a present-tense verb
// form that agrees only with a plural subject (lang.PluralVerbs): "Livingston
// climb to third", "Europe have the advantage".
func (English) PluralOnly(norm string) bool { return pluralOnly[norm] }

// pluralOnly are the plural present forms of the verbs a match report puts
// after a team. Left out because they are nouns as often as verbs after a
// name (the Ayr lead, Livingston's win, a Brighton move, the Trump visit):
// lead, win, move, visit, return, head, start, trail, look, play; and beat,
// a past tense too, which a player takes as well (Nadal beat Federer).
var pluralOnly = map[string]bool{
	"have": true, "are": true, "were": true, "go": true, "take": true, "face": true, "host": true,
	"need": true, "remain": true, "sit": true, "climb": true, "drop": true, "extend": true, "miss": true,
	"meet": true, "travel": true, "lose": true, "hope": true, "want": true, "continue": true,
}
