package tr

import "github.com/varlik/varlik/lang"

// moreTitles are titles and roles written before a person's name that the
// PersonTitle and PersonRole cues (cueWords) leave out, for the rules after
// the model (lang.PersonTitles): clergy (Peder, Papaz, Piskopos,
// Başpiskopos, Patrik, Rahibe), ranks and posts (Kaptan, Şansölye,
// Dedektif, Komiser, Müfettiş, Cankurtaran). Folded, whole words.
var moreTitles = map[string]bool{
	"peder": true, "papaz": true, "piskopos": true, "başpiskopos": true, "patrik": true, "rahibe": true,
	"kaptan": true, "şansölye": true, "dedektif": true, "komiser": true, "müfettiş": true, "cankurtaran": true,
}

// TitleBeforeName reports whether norm, a folded word, is a title or role
// written before a person's name (lang.PersonTitles): the PersonTitle and
// PersonRole cues and moreTitles.
func (t Turkish) TitleBeforeName(norm string) bool {
	if moreTitles[norm] {
		return true
	}
	c := t.Cue(norm)
	return c == lang.PersonTitle && !t.TitleInName(norm) || c == lang.PersonRole
}

var _ lang.OfficeTitles = Turkish{}

// officeTitles are the titles of monarchs and popes written before the
// name (lang.OfficeTitles), folded, as the corpus's annotation leaves
// them out (Papa Françesko, Prens Henry in corpus/tr.train.conll); not
// Sultan or Şeyh, which begin names (Sultan, a given name; Şeyh Hasina),
// nor Ayetullah, which the Milliyet annotation keeps in the name (Ayetullah
// Ali Hamaney: the Milliyet dev split lost it, 0.8721 → 0.8718).
var officeTitles = map[string]bool{
	"papa": true, "kral": true, "kraliçe": true, "prens": true, "prenses": true, "imparator": true,
}

// OfficeTitle reports whether norm is one of officeTitles.
func (Turkish) OfficeTitle(norm string) bool { return officeTitles[norm] }
