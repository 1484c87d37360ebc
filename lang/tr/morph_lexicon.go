package tr

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// morph_lexicon.txt lists the few hundred stems whose inflection no rule
// predicts: dropped last vowels (şehir → şehri), doubled consonants
// (hak → hakkı) and inverse vowel harmony (saat → saati). Its source and
// licence (Zemberek lexicons, Apache-2.0) are recorded in the file header.
//
//go:embed morph_lexicon.txt
var lexiconText string

type morphLexicon struct {
	// alt maps the surface stem seen before a vowel-initial suffix to the
	// dictionary stem: "şehr" → "şehir", "hakk" → "hak", "tıbb" → "tıp".
	alt map[string]string
	// surface is alt reversed: "şehir" → "şehr".
	surface map[string]string
	// inverse holds stems (dictionary and surface forms) whose suffixes
	// take front vowels after a back last vowel.
	inverse map[string]bool
	maxLen  int // the longest key, to skip hashing long stems
}

var loadLexicon = sync.OnceValue(func() *morphLexicon {
	flags := map[string]string{}
	for _, line := range strings.Split(lexiconText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		word, f, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		flags[word] += f // a stem can appear on several lines
	}
	lx := &morphLexicon{alt: map[string]string{}, surface: map[string]string{}, inverse: map[string]bool{}}
	for word, f := range flags {
		surf := word
		if strings.Contains(f, "V") {
			surf = voiceStem(surf)
		}
		if strings.Contains(f, "X") {
			r, _ := utf8.DecodeLastRuneInString(surf)
			surf += string(r)
		}
		if strings.Contains(f, "D") {
			surf = dropLastVowel(surf)
		}
		if surf != word {
			lx.alt[surf] = word
			lx.surface[word] = surf
		}
		lx.maxLen = max(lx.maxLen, len(word)+2, len(surf))
		if strings.Contains(f, "H") {
			lx.inverse[word] = true
			lx.inverse[surf] = true
		}
	}
	return lx
})

// surfaceOf returns the form stem takes before a vowel if the lexicon has
// one ("şehir" → "şehr"), else "".
func (lx *morphLexicon) surfaceOf(stem string) string {
	if len(stem) > lx.maxLen {
		return ""
	}
	return lx.surface[stem]
}

// voiceStem applies consonant softening to the last letter (kitap → kitab,
// renk → reng, çocuk → çocuğ).
func voiceStem(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	base := s[:len(s)-n]
	switch r {
	case 'p':
		return base + "b"
	case 'ç':
		return base + "c"
	case 't':
		return base + "d"
	case 'k':
		if strings.HasSuffix(base, "n") {
			return base + "g"
		}
		return base + "ğ"
	}
	return s
}

// dropLastVowel removes the vowel of the last syllable (ağız → ağz).
func dropLastVowel(s string) string {
	last, n := utf8.DecodeLastRuneInString(s)
	base := s[:len(s)-n]
	v, m := utf8.DecodeLastRuneInString(base)
	if vowelIndex(v) < 0 {
		return s
	}
	return base[:len(base)-m] + string(last)
}
