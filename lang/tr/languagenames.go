package tr

import "strings"

// languageSuffixes are the endings that form a language's name from a
// people's or a place's (Çeçen → Çeçence, Sanskrit → Sanskritçe, Zaza →
// Zazaca), in each vowel harmony and after a voiceless consonant.
var languageSuffixes = [...]string{"ca", "ce", "ça", "çe"}

// languageEndings are the endings a language's name takes after its
// suffix without an apostrophe: the possessive of a compound (Güney
// Zazacası), then a case (Zazacasında, Türkçenin, Çeçenceyi), or a case
// alone.
var languageEndings = [...]string{
	"", "sı", "si", "sında", "sinde", "sının", "sinin", "sını", "sini",
	"nın", "nin", "da", "de", "dan", "den", "ya", "ye", "yı", "yi", "yla", "yle",
}

// LanguageName reports whether norm, a folded word, is a language's name
// by its form (lang.LanguageNames): a stem of three or more letters, a
// language suffix in the stem's harmony and an ending (Çeçence,
// Sanskritçe, Zazacasında). The suffix's vowel follows the stem's last
// vowel, and its consonant is ç after a voiceless one: English words end
// alike but out of harmony (Terrace, Palace, Alliance). Many places and
// surnames end alike in harmony too (Kumluca, Karaca, Gökçe): recognize asks
// only about places the gazetteer does not know.
func (Turkish) LanguageName(norm string) bool {
	for _, end := range languageEndings {
		if !endsWith(norm, end) {
			continue
		}
		s := norm[:len(norm)-len(end)]
		for _, suf := range languageSuffixes {
			if !endsWith(s, suf) {
				continue
			}
			if stem := s[:len(s)-len(suf)]; len([]rune(stem)) >= 3 && harmonizes(stem, suf) {
				return true
			}
		}
	}
	return false
}

// harmonizes reports whether suffix (ca, ce, ça, çe) fits stem: its vowel
// back (a) after a back vowel and front (e) after a front one, its
// consonant ç after a voiceless consonant and c elsewhere.
func harmonizes(stem, suffix string) bool {
	r := []rune(stem)
	voiceless := strings.ContainsRune("çfhkpsşt", r[len(r)-1])
	if voiceless != strings.HasPrefix(suffix, "ç") {
		return false
	}
	for i := len(r) - 1; i >= 0; i-- {
		switch {
		case strings.ContainsRune("aıou", r[i]):
			return strings.HasSuffix(suffix, "a")
		case strings.ContainsRune("eiöü", r[i]):
			return strings.HasSuffix(suffix, "e")
		}
	}
	return false
}

// LanguageWord reports whether norm, a folded word after a name, is dil
// ("language") in any of its forms (dili, diliyle, dilinde, dilleri;
// lang.LanguageNames), not dilek (a wish) or dilim (a slice, in all its
// forms: "my language" does not follow a name).
func (Turkish) LanguageWord(norm string) bool {
	return strings.HasPrefix(norm, "dili") && !strings.HasPrefix(norm, "dilim") ||
		strings.HasPrefix(norm, "dilleri") || norm == "dil"
}
