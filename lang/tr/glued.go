package tr

import (
	"context"
	_ "embed"
	"slices"
	"unicode/utf8"

	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

var _ lang.GluedSuffixes = Turkish{}

// gluedStemsText is the names a suffix may be glued to: the words Turkish
// writes before an apostrophe suffix (Zemberek-NLP's frequency list:
// türkiye'nin, erdoğan'ın, merkel'in) less often in small letters than
// capitalized (not ordinary words some texts give an apostrophe: yeni'den),
// and the given names, less those whose forms with a suffix the list
// writes without the apostrophe at least an eighth as often as with one
// (institutions, months and ordinary words, which Turkish writes so: the
// stems senato, kasım, barış, deniz are left out), folded, a word a line
// (internal/genglued).
//
//go:generate go run ./internal/genglued -data ../../../shared/data -names data/given_names.txt -o data
//go:generate go test -run TestWordListIndexes -update .
//go:embed data/glued_stems.txt
var gluedStemsText string

// gluedWordsText is the words that read as a name and a suffix written
// without its apostrophe (NameBeforeGluedSuffix) but are words in their
// own right: words the frequency list writes so at least an eighth as often
// as with the apostrophe and that read as a common noun, bare or with
// endings (romana, sarayı, uzmanı), not a name's glued forms written so
// by many a slip (izmire, ankarayı), folded, a word a line
// (internal/genglued).
//
//go:embed data/glued_words.txt
var gluedWordsText string

// The lists' tables (lang.IndexedWords), made at generate time
// (TestWordListIndexes): made on the first question, the stems' cost the
// first document that writes no apostrophes about 2.4M instructions and
// 128 KB.
//
//go:embed data/glued_stems.idx
var gluedStemsIndex string

//go:embed data/glued_words.idx
var gluedWordsIndex string

// The lists: only a capitalized word that begins with a name and ends in
// a suffix asks gluedWords.
var (
	gluedStems = lang.NewIndexedWords(gluedStemsText, gluedStemsIndex)
	gluedWords = lang.NewIndexedWords(gluedWordsText, gluedWordsIndex)
)

// maxGluedTail is the longest suffix chain, in bytes, that
// SplitGluedSuffixes splits off a name: "larındakiler" and a case.
const maxGluedTail = 18

// SplitGluedSuffixes implements lang.GluedSuffixes. A Word token is split
// where its apostrophe would have split it when
//
//   - it is capitalized, begins with a name (a word Turkish writes before
//     an apostrophe suffix, or a given name) and ends in a nominal
//     inflection that harmonizes with it: case, possessive, -ki after the
//     locative or genitive (Ankarada, Erdoğanın,
//     Türkiyedeki), never a derivation (Ankaralı, Almanca);
//   - the whole word is neither a word in its own right (gluedWords:
//     Roman, Saray) nor a name itself (Maxine, not Maxi);
//   - the ending is no plural (Uygurlar, Mehmetler: a people, or names
//     counted, which Turkish writes without an apostrophe);
//   - when it opens a sentence, it is no form of a word the dictionary
//     writes in lower case (DictionaryForm) or the document glues a suffix
//     to a name elsewhere or is typed in ASCII (Vana, "the valve", opens a
//     sentence capitalized as any word does), and it is not a given name
//     that is an ordinary word too (Umutla);
//
// or when capitals (an acronym) are followed by small letters that make
// a nominal inflection (ABDnin, NATOya). In a text typed in ASCII a name
// is known by its Turkish spelling too (Istanbulda, Erdoganin). A text
// that writes the apostrophe after a name anywhere (writesApostrophes) is
// left as it is: its writer glues a suffix only to what is no name, or
// by a slip the rules should not second-guess.
func (Turkish) SplitGluedSuffixes(ctx context.Context, _ string, toks []lang.Token, sents []lang.Sentence) ([]lang.Token, error) {
	if writesApostrophes(toks) {
		return toks, nil
	}
	ascii := 0 // 1 when text is typed in ASCII, -1 when not, 0 before the first question
	inASCII := func() bool {
		if ascii == 0 {
			ascii = -1
			if typedInASCII(ctx, toks) {
				ascii = 1
			}
		}
		return ascii == 1
	}
	// A word opening a sentence is capitalized whatever it is (Vana, "the
	// valve"; Mısırın, "of the corn"): one that may be a form of a word
	// the dictionary writes in lower case (DictionaryForm) is split only
	// in a document that glues a suffix to a name elsewhere, or is typed
	// in ASCII; any other (Ankarada, Erdoğanın) is a name's.
	var splits, openers []gluedSplit
	stop := checkpoint.New(ctx)
	s := 0
	for i := range toks {
		if stop.Done() {
			return nil, stop.Err()
		}
		for s < len(sents) && sents[s].Last <= i {
			s++
		}
		t := &toks[i]
		// gluedSuffix splits only a capitalized word: a word in small
		// letters, most of them, is passed over in line.
		if t.Kind != lang.Word || !lang.StartsUpper(t.Text) ||
			i+1 < len(toks) && toks[i+1].Kind == lang.Suffix && toks[i+1].Start == t.End {
			continue
		}
		opens := s < len(sents) && opensSentence(toks, sents[s].First, i)
		if at, name, suffix := gluedSuffix(*t, opens, inASCII); at > 0 {
			if opens && (Turkish{}).DictionaryForm(t.Norm) {
				openers = append(openers, gluedSplit{i, at, name, suffix})
			} else {
				splits = append(splits, gluedSplit{i, at, name, suffix})
			}
		}
	}
	if len(openers) > 0 && (len(splits) > 0 || inASCII()) {
		splits = append(splits, openers...)
		slices.SortFunc(splits, func(a, b gluedSplit) int { return a.tok - b.tok })
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(splits) == 0 {
		return toks, nil
	}
	out := make([]lang.Token, 0, len(toks)+len(splits))
	next := 0
	for _, sp := range splits {
		out = append(out, toks[next:sp.tok]...)
		t := toks[sp.tok]
		out = append(out,
			lang.Token{Text: t.Text[:sp.at], Start: t.Start, End: t.Start + sp.at, Kind: lang.Word, Norm: sp.name},
			lang.Token{Text: t.Text[sp.at:], Start: t.Start + sp.at, End: t.End, Kind: lang.Suffix, Norm: sp.suffix})
		next = sp.tok + 1
	}
	return append(out, toks[next:]...), nil
}

// gluedSplit is a word SplitGluedSuffixes splits: token tok, at byte at of
// its text, into a name and a suffix of the given Norms.
type gluedSplit struct {
	tok, at      int
	name, suffix string
}

// writesApostrophes reports whether toks hold an apostrophe suffix after a
// capitalized word: the mark of a text that writes its apostrophes.
func writesApostrophes(toks []lang.Token) bool {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != lang.Suffix { // most tokens: told before a rune is decoded
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); isApostrophe(r) &&
			t.Start == toks[i-1].End && toks[i-1].Kind == lang.Word && lang.StartsUpper(toks[i-1].Text) {
			return true
		}
	}
	return false
}

// opensSentence reports whether token i opens a sentence that begins at
// token first: nothing but punctuation (quotes, dashes) stands before it.
func opensSentence(toks []lang.Token, first, i int) bool {
	for k := first; k < i; k++ {
		if toks[k].Kind != lang.Punct {
			return false
		}
	}
	return true
}

// gluedSuffix returns where the suffix glued to the name in t begins, in
// t.Text, and the Norms of the name and of the suffix (with its
// apostrophe), or 0 when t is not a name with a glued suffix.
func gluedSuffix(t lang.Token, opens bool, inASCII func() bool) (int, string, string) {
	w, n := t.Text, t.Norm
	caps := capitalsEnd(w)
	if caps == 0 || caps == len(w) || len(n) > maxWordLen || !allLower(w[caps:]) ||
		utf8.RuneCountInString(w) != utf8.RuneCountInString(n) {
		return 0, "", ""
	}
	if _, size := utf8.DecodeRuneInString(w); caps > size { // an acronym: ABDnin, NATOya
		head := runeOffset(n, utf8.RuneCountInString(w[:caps]))
		if c := CaseOf(n[:head] + "'" + n[head:]); c != "" && c != "Equ" {
			return caps, n[:head], "'" + n[head:]
		}
		return 0, "", ""
	}
	head := gluedHead(n)
	name, suffix := n[:head], n[head:]
	if head == 0 && isASCII(n) && inASCII() {
		name, suffix = asciiGluedName(n)
	}
	if name == "" || gluedWords.Has(name+suffix) || knownName(name+suffix) || opens && commonGivenNames.Has(name) {
		return 0, "", ""
	}
	return runeOffset(w, utf8.RuneCountInString(name)), name, "'" + suffix
}

// NameBeforeGluedSuffix returns the length in bytes of the name that
// begins norm, a folded word, when the rest of norm is a nominal
// inflection written without its apostrophe: the longest prefix of at
// least two letters that name reports a name and whose rest is a chain of
// plural, possessive, case and -ki endings that harmonizes with it
// (ankarada → len("ankara"), erdoğanın → len("erdoğan")), never an
// equative or a derivation (almanca, ankaralı). It returns 0 when there
// is none. It does not ask whether norm is a word in its own right.
func NameBeforeGluedSuffix(norm string, name func(string) bool) int {
	var heads [maxGluedTail]int // the byte offsets where a name may end, shortest tail first
	n, runes := 0, 0
	for off := range norm {
		if runes >= 2 && len(norm)-off <= maxGluedTail {
			heads[n] = off
			n++
		}
		runes++
	}
	for k := 0; k < n; k++ {
		if at := heads[n-1-k]; name(norm[:at]) && nominalTail(norm, at) {
			return at
		}
	}
	return 0
}

// nominalTail reports whether Analyze reads norm as the stem norm[:at]
// and a chain of nominal endings that news puts on a glued name: third
// person possessive, case and -ki (notOnNames: not the plural, the
// equative, almanca, nor a first or second person's possessive, whose
// short endings end many a name: jon, not jo-n "your Jo").
func nominalTail(norm string, at int) bool {
	for _, a := range Analyze(norm) {
		if a.Stem == norm[:at] && len(a.Suffixes) > 0 && !slices.ContainsFunc(a.Suffixes, notOnNames) {
			return true
		}
	}
	return false
}

// notOnNames reports whether a suffix tag is one news does not put on a
// glued name: the equative, a first or second person's possessive, and
// the plural, which Turkish writes after a name without an apostrophe.
func notOnNames(tag string) bool {
	switch tag {
	case "Equ", "P1sg", "P2sg", "P1pl", "P2pl", "Pl":
		return true
	}
	return false
}

// asciiGluedName is NameBeforeGluedSuffix for a word typed in ASCII: the
// name is known by its Turkish spelling (asciiForms: istanbul, erdoğan)
// and the suffix takes the vowels that harmony gives after it (in → ın).
// It returns the name and the suffix as Turkish writes them, or "", "".
func asciiGluedName(norm string) (string, string) {
	var restored []byte
	for at := len(norm) - 1; at >= 2 && len(norm)-at <= maxGluedTail; at-- { // ASCII: a byte a letter
		name, ok := asciiForms.form(norm[:at])
		if !ok {
			name = norm[:at]
		}
		if !knownName(name) {
			continue
		}
		restored = appendHarmonized(append(restored[:0], name...), name, norm[at:])
		if word := string(restored); nominalTail(word, len(name)) {
			return name, word[len(name):]
		}
	}
	return "", ""
}

// knownName reports whether norm, a folded word, is a name a suffix may be
// glued to (gluedStems).
func knownName(norm string) bool {
	return gluedStems.Has(norm)
}

// capitalsEnd returns the end of the capital letters that begin w.
func capitalsEnd(w string) int {
	for i, r := range w {
		if !lang.IsUpper(r) {
			return i
		}
	}
	return len(w)
}

// allLower reports whether s is made of small letters only.
func allLower(s string) bool {
	for _, r := range s {
		if !lang.IsLower(r) {
			return false
		}
	}
	return true
}

// isASCII reports whether s has no byte above 0x7F.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeOffset returns the byte offset of s's k-th rune (len(s) past the
// last).
func runeOffset(s string, k int) int {
	for i := range s {
		if k == 0 {
			return i
		}
		k--
	}
	return len(s)
}

// appendHarmonized appends suffix, a suffix typed in ASCII after word,
// with the vowels that harmony gives after word: a typed i is i after a
// front vowel and ı after a back one, a typed u ü or u likewise ('in after
// Erdoğan is 'ın, 'u after Köln is 'ü). The vowel of a closing "ki" does
// not harmonize ('daki).
func appendHarmonized(b []byte, word, suffix string) []byte {
	last := lastVowel(word)
	if last == noVowel {
		return append(b, suffix...)
	}
	for i, r := range suffix {
		v := vowelIndex(r)
		if v != noVowel && v&1 == 1 && !(i > 0 && suffix[i-1] == 'k' && i+utf8.RuneLen(r) == len(suffix)) {
			v = last&4 | v&2 | 1 // a high vowel: the backness of the vowel before, the rounding typed
			r = vowelRunes[v]
		}
		if v != noVowel {
			last = v
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// lastVowel returns the index (vowelIndex) of word's last vowel, or
// noVowel.
func lastVowel(word string) int8 {
	for i := len(word); i > 0; {
		r, size := utf8.DecodeLastRuneInString(word[:i])
		if v := vowelIndex(r); v != noVowel {
			return v
		}
		i -= size
	}
	return noVowel
}
