package link

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
)

// nameKey returns a key for a name that the gazetteer does not know, the
// same for the name as Turkish and English write it and as Russian
// transliterates it (Theresa May, Тереза Мэй → trs-m), so that such an
// entity gets one ID across documents and languages. It is a consonant
// skeleton of the name's Latin spelling: other scripts romanized by their
// language (lang.Romanizer), marks dropped, spelling variants that transliteration introduces merged (th →
// t, ph → f, w → v, c/q → k, z → s, дж/j → j), vowels dropped, doubled
// consonants collapsed. For a language whose names inflect, each word is
// first reduced to its stem (Хемфиллом → хемфилл).
//
// Two different names can share a key (it is a name's sound, not its
// identity); the key is used only where no gazetteer entry decides.
func nameKey(words []string, l lang.Language) string {
	inf, _ := l.(lang.InflectedNames)
	inflects := inf != nil && inf.InflectsNames()
	parts := make([]string, 0, len(words))
	for _, w := range words {
		if inflects {
			w = uninflected(w, l)
		}
		if r, ok := l.(lang.Romanizer); ok {
			w = r.Romanize(w)
		}
		if s := skeleton(w); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "-")
}

// uninflected returns the stem of an inflected word whose case ending
// holds a consonant (Путиным → путин); endings of vowels alone vanish in
// the skeleton anyway.
func uninflected(w string, l lang.Language) string {
	for _, end := range []string{"ом", "ем", "ым", "им", "ами", "ями", "ах", "ях", "ого", "его"} {
		if strings.HasSuffix(w, end) {
			if as := l.Analyze(w); len(as) > 1 && as[1].Stem != "" {
				return as[1].Stem
			}
			break
		}
	}
	return w
}

// latinVariants merges the spellings transliteration tells apart.
var latinVariants = strings.NewReplacer(
	"th", "t", "ph", "f", "ck", "k", "qu", "k", "gh", "", "sch", "sh", "zh", "j", "dg", "j", "kh", "h",
	"c", "k", "q", "k", "w", "v", "z", "s", "x", "ks")

// skeleton returns the consonant skeleton of one folded word.
func skeleton(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r == 'ı':
			b.WriteRune('i')
		case unicode.Is(unicode.Mn, r):
		case r < 0x80 && unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	s := b.String()
	// Russian writes an English initial W as У before a vowel (Уэст, Уильям).
	if len(s) > 1 && s[0] == 'u' && strings.ContainsRune("aeio", rune(s[1])) {
		s = "v" + s[1:]
	}
	s = latinVariants.Replace(s)
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("aeiouyh", c) >= 0 || len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}
