package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.GroupWords = Turkish{}

// IsGroupWord reports whether norm, a folded word, names a people or a
// faith's followers, or is their adjective, in the singular or the plural
// (lang.GroupWords): "Katalan yetkililer", "Boşnaklar". News annotation
// tags them no more than nationality words; the tagger, which saw Wiki
// NER's NORP tags and some as names, reads one alone as a person or a
// place now and then. Words that are also a country's name (Çin, Kore) or
// a common surname are left out, but türk: the nationality word of
// Turkish news, before a noun far more often than Ahmet Türk's surname
// alone ("Türk şirketi ile anlaştı" had made a firm of it).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the words:
// NTREX Turkish dev 0.8676 → 0.8679 (Katalan yetkililere), -doc 10 0.8886
// → 0.8889, the Milliyet dev split 0.8620 → 0.8622 (Boşnak twice), Turkish
// Wiki NER dev through examples/tag -in conll 0.7837 → 0.7842; the faiths
// from metodist on: NTREX Turkish dev 0.8679 → 0.8682 (Metodist cemaat),
// -doc 10 0.8889 → 0.8892, the others unchanged.
func (Turkish) IsGroupWord(norm string) bool {
	if peopleWords.Has(norm) {
		return true
	}
	for _, plural := range [...]string{"ler", "lar"} {
		if stem, ok := strings.CutSuffix(norm, plural); ok && peopleWords.Has(stem) {
			return true
		}
	}
	return false
}

// peopleWords are the folded words for peoples, ethnic groups and faiths
// that Turkish writes as they are, without the -li of a country's people
// (Ankaralı, Mısırlı are one derived word the tagger leaves alone).
var peopleWords = lang.NewWordSet(map[string]bool{
	"türk": true, "alman": true, "fransız": true, "ingiliz": true, "amerikan": true, "rus": true, "japon": true,
	"italyan": true, "ispanyol": true, "katalan": true, "bask": true, "yunan": true, "arap": true,
	"fars": true, "ermeni": true, "gürcü": true, "azeri": true, "macar": true, "sırp": true,
	"hırvat": true, "boşnak": true, "arnavut": true, "bulgar": true, "romen": true, "leh": true,
	"özbek": true, "kazak": true, "kırgız": true, "türkmen": true, "tatar": true, "çeçen": true,
	"iskoç": true, "slav": true, "kelt": true, "germen": true, "moğol": true, "iskandinav": true,
	"sakson": true, "makedon": true, "sloven": true, "pomak": true, "laz": true, "çerkez": true,
	"abaza": true, "kıpti": true, "yahudi": true, "hristiyan": true, "müslüman": true,
	"katolik": true, "protestan": true, "ortodoks": true, "sünni": true, "şii": true, "alevi": true,
	"süryani": true, "keldani": true, "ezidi": true, "dürzi": true, "nusayri": true,
	"metodist": true, "baptist": true, "anglikan": true, "evanjelik": true, "luteryen": true,
	"kalvinist": true, "mormon": true, "budist": true, "hindu": true, "hint": true, "sih": true, "selefi": true,
})
