package tr

import (
	"context"
	_ "embed"
	"github.com/varlik/varlik/internal/fnv1a"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

var _ lang.NormRestorer = Turkish{}

// asciiFormsText is the words Turkish writes with letters ASCII lacks, each
// the form a reader means by its ASCII spelling (internal/genascii): a
// folded word a line, sorted, after comment lines.
//
//go:generate go run ./internal/genascii -data ../../../shared/data -o data/ascii_forms.txt
//go:embed data/ascii_forms.txt
var asciiFormsText string

// asciiForms is asciiFormsText's words by their ASCII spelling, hashed on
// the first question: only texts written without Turkish letters ask.
var asciiForms = newSpelledForms(asciiFormsText)

// minASCIILetters is the least number of letters in word tokens that a
// text without a Turkish letter needs before RestoreNorms reads it as
// Turkish typed in ASCII: one Turkish word in three or four holds one of
// ç, ğ, ı, ö, ş, ü, so a sentence of proper Turkish that has none is
// short (3 of NTREX's first 999 lines reach 20 letters without one).
const minASCIILetters = 20

// RestoreNorms implements lang.NormRestorer. A text is Turkish typed in
// ASCII when it holds none of ç, ğ, ı, ö, ş, ü (in either case) and its
// words hold at least minASCIILetters letters. Each word then takes as Norm
// its most frequent Turkish form (asciiForms: konustu → konuştu, ulke →
// ülke; a word whose own spelling is its most frequent form, such as on,
// ten, is left alone), and a capital I reads as İ unless a form says
// otherwise (Istanbul → istanbul, Irak → ırak). An apostrophe suffix takes
// the vowels that harmony gives after its word (Erdogan'in → 'ın).
func (Turkish) RestoreNorms(ctx context.Context, text string, toks []lang.Token) (bool, error) {
	if !typedInASCII(text, toks) {
		return false, nil
	}
	var arena lang.NormArena
	stop := checkpoint.New(ctx)
	prev := -1 // the word before a suffix
	for i := range toks {
		if stop.Done() {
			return true, stop.Err()
		}
		t := &toks[i]
		switch t.Kind {
		case lang.Word:
			spelling := ASCIISpelling(t.Norm)
			if form, ok := asciiForms.form(spelling); ok {
				t.Norm = form
			} else {
				t.Norm = spelling
			}
			prev = i
		case lang.Suffix:
			if prev == i-1 && !isAllUpper(toks[prev].Text) { // an acronym's suffix follows its letters' names
				if h, ok := arena.Fold(t.Norm, len(t.Norm)+8, func(b []byte, s string) ([]byte, bool) {
					return appendHarmonized(b, toks[prev].Norm, s), true
				}); ok {
					t.Norm = h
				}
			}
		}
	}
	return true, nil
}

// typedInASCII reports whether text holds no Turkish letter and toks, its
// tokens, at least minASCIILetters letters in words.
func typedInASCII(text string, toks []lang.Token) bool {
	for i := 0; i+1 < len(text); i++ {
		// Each Turkish letter is two bytes led by 0xC3, 0xC4 or 0xC5, which
		// lead a letter of nearly every line of Turkish: the loop stops soon.
		if c := text[i]; c >= 0xC3 && c <= 0xC5 {
			if r, _ := utf8.DecodeRuneInString(text[i:]); isTurkishLetter(r) {
				return false
			}
		}
	}
	letters := 0
	for i := range toks {
		if toks[i].Kind == lang.Word {
			if letters += len(toks[i].Text); letters >= minASCIILetters {
				return true
			}
		}
	}
	return false
}

func isTurkishLetter(r rune) bool {
	switch r {
	case 'ç', 'Ç', 'ğ', 'Ğ', 'ı', 'İ', 'ö', 'Ö', 'ş', 'Ş', 'ü', 'Ü':
		return true
	}
	return false
}

// isAllUpper reports whether s has no lower-case letter.
func isAllUpper(s string) bool {
	for _, r := range s {
		if lang.IsLower(r) {
			return false
		}
	}
	return true
}

// ASCIISpelling returns a folded word as typed without Turkish letters:
// ç, ğ, ı, ö, ş, ü as c, g, i, o, s, u, and â, î, û as a, i, u.
func ASCIISpelling(form string) string {
	if !strings.ContainsFunc(form, func(r rune) bool { return asciiLetter(r) != r }) {
		return form
	}
	var b strings.Builder
	b.Grow(len(form))
	for _, r := range form {
		b.WriteRune(asciiLetter(r))
	}
	return b.String()
}

// asciiLetter is the letter ASCII types for r.
func asciiLetter(r rune) rune {
	switch r {
	case 'ç':
		return 'c'
	case 'ğ':
		return 'g'
	case 'ı', 'î':
		return 'i'
	case 'ö':
		return 'o'
	case 'ş':
		return 's'
	case 'ü', 'û':
		return 'u'
	case 'â':
		return 'a'
	}
	return r
}

// appendHarmonized appends suffix, an apostrophe suffix typed in ASCII,
// with the vowels that harmony gives after word: a typed i is i after a
// front vowel and ı after a back one, a typed u ü or u likewise ('in after
// Erdoğan is 'ın, 'u after Köln is 'ü). The vowel of a closing "ki" does
// not harmonize ('daki).
func appendHarmonized(b []byte, word, suffix string) []byte {
	front, ok := lastVowelFront(word)
	if !ok {
		return append(b, suffix...)
	}
	for i, r := range suffix {
		if r == 'i' || r == 'ı' || r == 'u' || r == 'ü' {
			if i > 0 && suffix[i-1] == 'k' && i+len(string(r)) == len(suffix) {
				b = utf8.AppendRune(b, r)
				continue
			}
			r = highVowel(r == 'u' || r == 'ü', front)
		}
		if f, vowel := vowelFront(r); vowel {
			front = f
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// highVowel is the high vowel of the given rounding and backness.
func highVowel(rounded, front bool) rune {
	switch {
	case rounded && front:
		return 'ü'
	case rounded:
		return 'u'
	case front:
		return 'i'
	}
	return 'ı'
}

// lastVowelFront reports whether the last vowel of word is a front one,
// and whether word has a vowel.
func lastVowelFront(word string) (front, ok bool) {
	for i := len(word); i > 0; {
		r, size := utf8.DecodeLastRuneInString(word[:i])
		if f, vowel := vowelFront(r); vowel {
			return f, true
		}
		i -= size
	}
	return false, false
}

// vowelFront reports whether r is a front vowel, and whether it is a vowel.
func vowelFront(r rune) (front, vowel bool) {
	switch r {
	case 'e', 'i', 'ö', 'ü', 'î':
		return true, true
	case 'a', 'ı', 'o', 'u', 'â', 'û':
		return false, true
	}
	return false, false
}

// spelledForms is a list of folded words, one a line, asked by ASCII
// spelling through an open-addressing table of where each line starts,
// made on the first question (as lang.HashedWords is asked by word).
type spelledForms struct {
	text  string
	slots func() []uint32 // line start + 1 by the hash of the line's spelling; 0 empty
}

func newSpelledForms(text string) *spelledForms {
	f := &spelledForms{text: text}
	f.slots = sync.OnceValue(f.makeSlots)
	return f
}

func (f *spelledForms) makeSlots() []uint32 { return lang.LineSlots(f.text, spellingHash) }

// form returns the word whose ASCII spelling is spelling.
func (f *spelledForms) form(spelling string) (string, bool) {
	if spelling == "" {
		return "", false
	}
	slots := f.slots()
	mask := uint64(len(slots) - 1)
	for i := spellingHash(spelling) & mask; slots[i] != 0; i = (i + 1) & mask {
		start := int(slots[i]) - 1
		end := start + strings.IndexByte(f.text[start:], '\n')
		if end < start {
			end = len(f.text)
		}
		if word := f.text[start:end]; spells(word, spelling) {
			return word, true
		}
	}
	return "", false
}

// spellingHash is the FNV-1a hash of word's ASCII spelling.
func spellingHash(word string) uint64 {
	h := fnv1a.Offset
	for _, r := range word {
		h = fnv1a.AddByte(h, byte(asciiLetter(r))) // a rune no ASCII letter spells matches no line anyway
	}
	return h
}

// spells reports whether spelling is word's ASCII spelling.
func spells(word, spelling string) bool {
	j := 0
	for _, r := range word {
		if j >= len(spelling) || rune(spelling[j]) != asciiLetter(r) {
			return false
		}
		j++
	}
	return j == len(spelling)
}
