package tr

import (
	"context"
	_ "embed"
	"strings"

	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/fnv1a"
	"github.com/varlik/varlik/lang"
)

var _ lang.NormRestorer = Turkish{}

// asciiFormsText is the words Turkish writes with letters ASCII lacks, each
// the form a reader means by its ASCII spelling (internal/genascii): a
// folded word a line, sorted, after comment lines.
//
//go:generate go run ./internal/genascii -data ../../../shared/data -o data/ascii_forms.txt
//go:generate go test -run TestASCIIFormsIndex -update .
//go:embed data/ascii_forms.txt
var asciiFormsText string

// asciiFormsIndex is the open-addressing table of asciiFormsText's lines by
// the hash of their ASCII spelling (lang.LineSlots with spellingHash), made
// at generate time as little-endian uint32 slots (TestASCIIFormsIndex
// checks it is current): made at run time it took 14 ms of a program
// tagging one sentence typed in ASCII; read in place it costs nothing.
//
//go:embed data/ascii_forms.idx
var asciiFormsIndex string

// asciiForms is asciiFormsText's words by their ASCII spelling: only texts
// written without Turkish letters ask.
var asciiForms = spelledForms{text: asciiFormsText, slots: asciiFormsIndex}

// minASCIILetters is the least number of bytes of words a text needs
// before RestoreNorms reads it as Turkish typed in ASCII: 3 of NTREX's
// first 999 lines of proper Turkish reach 20 letters without a Turkish one.
const minASCIILetters = 20

// asciiMaxMarked bounds the words holding a Turkish letter in a text typed
// in ASCII: at most one word in asciiMaxMarked (a name quoted as written,
// "Abdullah Gül"); proper Turkish writes one in a word in three or four.
const asciiMaxMarked = 8

// asciiMinKnown is the least share, in percent, of a text's words without
// a Turkish letter whose ASCII spelling stands for a Turkish form
// (asciiForms): per sentence, Turkish typed in ASCII has 41% such words at
// the median and 0.6% of its sentences fewer than 10%; English has 4% at
// the median and 87% of its sentences fewer than 10%. At 15 rather than
// 10, NTREX English dev tagged as Turkish loses nothing to restoration
// (0.5747 against 0.5760 with none, 0.5739 at 10); Turkish Wiki NER dev
// typed in ASCII, a sentence a document, 0.7869 against 0.7892 at 10.
const asciiMinKnown = 15

// RestoreNorms implements lang.NormRestorer. A text is Turkish typed in
// ASCII when its words hold at least minASCIILetters bytes, at most one in
// asciiMaxMarked holds a Turkish letter (ç, ğ, ı, ö, ş, ü in either case,
// composed or as a letter and a combining mark), and at least
// asciiMinKnown percent of the others are spellings of Turkish forms. Each
// word without a Turkish letter then takes as Norm its most frequent
// Turkish form (asciiForms: konustu → konuştu, ulke → ülke), or else its
// ASCII spelling, in which a capital I reads as İ (Istanbul → istanbul;
// Irak → ırak by its form); a word whose spelling is its own most frequent
// form (on, ten) keeps it. Apostrophe suffixes keep their Norm: vowel
// harmony would give 'ın after Erdoğan but not after Kemal, and scored
// no better on the dev sets.
func (Turkish) RestoreNorms(ctx context.Context, _ string, toks []lang.Token) error {
	if !typedInASCII(ctx, toks) {
		return ctx.Err()
	}
	stop := checkpoint.New(ctx)
	for i := range toks {
		if stop.Done() {
			return stop.Err()
		}
		if t := &toks[i]; t.Kind == lang.Word && !hasTurkishLetter(t.Text) {
			t.Norm = restoredForm(t.Norm)
		}
	}
	return nil
}

// restoredForm is the Norm RestoreNorms gives a word typed in ASCII whose
// Norm is norm. A hyphenated word's parts are restored one by one
// (turk-irak → türk-ırak), as the forms list has them alone.
func restoredForm(norm string) string {
	if strings.IndexByte(norm, '-') > 0 {
		parts := strings.Split(norm, "-")
		for i, p := range parts {
			if p != "" {
				parts[i] = restoredForm(p)
			}
		}
		return strings.Join(parts, "-")
	}
	spelling := ASCIISpelling(norm)
	if form, ok := asciiForms.form(spelling); ok {
		return form
	}
	return spelling
}

// typedInASCII reports whether toks are a text typed in ASCII (see
// RestoreNorms). A text in proper Turkish is told within its first
// tokens, by their Turkish letters; only a text with few of them is
// looked up word by word.
func typedInASCII(ctx context.Context, toks []lang.Token) bool {
	letters, words, marked := 0, 0, 0
	for i := range toks {
		if t := &toks[i]; t.Kind == lang.Word {
			letters += len(t.Text)
			words++
			if hasTurkishLetter(t.Text) {
				if marked++; marked*asciiMaxMarked > len(toks) {
					return false // more than words/asciiMaxMarked, whatever the rest holds
				}
			}
		}
	}
	if letters < minASCIILetters || marked*asciiMaxMarked > words {
		return false
	}
	stop := checkpoint.New(ctx)
	known := 0
	for i := range toks {
		if stop.Done() {
			return false
		}
		if t := &toks[i]; t.Kind == lang.Word && !hasTurkishLetter(t.Text) {
			if _, ok := asciiForms.form(ASCIISpelling(t.Norm)); ok {
				known++
			}
		}
	}
	return known*100 >= asciiMinKnown*(words-marked)
}

// hasTurkishLetter reports whether s holds one of ç, ğ, ı, ö, ş, ü, in
// either case, composed or decomposed (a letter and a combining breve,
// dot above, diaeresis or cedilla: NFD text). It reads their UTF-8 bytes:
// every word of every Turkish document passes here.
func hasTurkishLetter(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c < 0xC3 { // ASCII, mostly: one test a byte, where the switch made several
			continue
		}
		switch d := s[i+1]; c {
		case 0xC3: // ç Ç ö Ö ü Ü
			if d == 0xA7 || d == 0x87 || d == 0xB6 || d == 0x96 || d == 0xBC || d == 0x9C {
				return true
			}
		case 0xC4: // ğ Ğ ı İ
			if d == 0x9F || d == 0x9E || d == 0xB1 || d == 0xB0 {
				return true
			}
		case 0xC5: // ş Ş
			if d == 0x9F || d == 0x9E {
				return true
			}
		case 0xCC: // U+0306 to U+0308, U+0327
			if d == 0x86 || d == 0x87 || d == 0x88 || d == 0xA7 {
				return true
			}
		}
	}
	return false
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

// spelledForms is a list of folded words, one a line, asked by ASCII
// spelling through slots, an open-addressing table of where each line
// starts (see asciiFormsIndex).
type spelledForms struct {
	text  string
	slots string // little-endian uint32 slots: 1 + a line's start, 0 empty
}

// slot returns slot i.
func (f *spelledForms) slot(i uint64) uint32 { return lang.SlotAt(f.slots, i) }

// form returns the word whose ASCII spelling is spelling.
func (f *spelledForms) form(spelling string) (string, bool) {
	if spelling == "" || len(f.slots) < 4 {
		return "", false
	}
	mask := uint64(len(f.slots)/4 - 1)
	for i := spellingHash(spelling) & mask; f.slot(i) != 0; i = (i + 1) & mask {
		start := int(f.slot(i)) - 1
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
