package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.SpelledOutNames = Russian{}

// compoundAdjectives spell out the shortened words of compoundPrefixes:
// the adjective each stands for, in the nominative singular of each
// gender (genderOf) (Евросоюз, Европейский союз; Генассамблея,
// Генеральная Ассамблея; Госсовет, Государственный совет).
var compoundAdjectives = map[string][plural]string{
	"евро": {"европейский", "европейская", "европейское"},
	"ген":  {"генеральный", "генеральная", "генеральное"},
	"гос":  {"государственный", "государственная", "государственное"},
	"гор":  {"городской", "городская", "городское"},
	"обл":  {"областной", "областная", "областное"},
	"рай":  {"районный", "районная", "районное"},
}

// SpelledOut returns the names a name whose first word is a compound of a
// shortened word and an organization's head stands for, in their citation
// form (lang.SpelledOutNames): each nominative that Analyze reads in the
// word and that is such a compound (CompoundHead; no plural), its head
// after the adjective agreeing with it; the words after the compound, its
// genitive complement, as they are (Генассамблеи ООН → генеральная
// ассамблея оон; Госсовета Китая → государственный совет китая).
func (r Russian) SpelledOut(name string) []string {
	words := strings.Fields(fold(name))
	if len(words) == 0 {
		return nil
	}
	var out []string
	for _, p := range compoundPrefixes {
		if !strings.HasPrefix(words[0], p) {
			continue
		}
		for _, a := range r.Analyze(words[0]) {
			head, ok := strings.CutPrefix(a.Stem, p)
			if g := genderOf(head); ok && g != plural && r.CompoundHead(a.Stem) {
				out = append(out, strings.Join(append([]string{compoundAdjectives[p][g], head}, words[1:]...), " "))
			}
		}
	}
	return out
}
