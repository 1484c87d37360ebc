package ru

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// abbreviations are the folded forms (without the final dot) that, followed
// by a dot, form one Abbreviation token: the dot does not end a sentence.
// Multi-part ones (т.е.) are matched with their inner dots.
var abbreviations = map[string]bool{
	"г": true, "гг": true, "им": true, "ул": true, "пр": true, "пл": true, "д": true,
	"кв": true, "обл": true, "р": true, "т.е": true, "т.к": true, "т.н": true,
	"т.д": true, "т.п": true, "др": true, "см": true, "ср": true, "млн": true,
	"млрд": true, "тыс": true, "руб": true, "долл": true, "коп": true, "ст": true,
	"проф": true, "акад": true, "доц": true, "ген": true, "св": true, "стр": true,
	"рис": true, "гл": true, "тел": true, "н.э": true, "англ": true,
	"нач": true, "зам": true, "пос": true, "с": true, "гос": true, "мин": true,
	"сек": true, "кг": true, "км": true, "ок": true, "напр": true,
}

// longestAbbreviation is the length of the longest key of abbreviations.
var longestAbbreviation = func() int {
	n := 0
	for k := range abbreviations {
		n = max(n, len(k))
	}
	return n
}()

// maxAbbrevBytes bounds the longest multi-dot abbreviation (т.е, н.э).
const maxAbbrevBytes = 16

// Tokenize splits text into tokens. Words are runs of letters, digits and
// combining marks with inner hyphens and apostrophes (Санкт-Петербург,
// из-за, О'Нил); a single
// upper-case letter followed by a dot is an initial (М. Мишустин) and keeps
// its dot, as do the abbreviations listed above. Numbers keep inner . and ,
// between digits; dd.mm.yyyy is a Date, hh:mm a Time, 30-й an Ordinal and a
// trailing % makes a Percent. Every other non-space rune is its own token,
// except that a run of dots (...) or of hyphens (--) stays together.
func (l Russian) Tokenize(text string) []lang.Token {
	toks, _ := l.TokenizeContext(context.Background(), text) // never done: no error
	return toks
}

// checkEvery is how many bytes TokenizeContext reads between looks at its
// context.
const checkEvery = 16 << 10

// TokenizeContext is Tokenize that stops with ctx.Err() soon after ctx is
// done (lang.ContextTokenizer): it checks every checkEvery bytes, and no
// token is longer than lang.MaxTokenBytes.
func (Russian) TokenizeContext(ctx context.Context, text string) ([]lang.Token, error) {
	t := tokenizer{text: text, toks: lang.MakeTokens(text), norms: lang.NewNormArena(len(text))}
	nextCheck := checkEvery
	for i := 0; i < len(text); {
		if i >= nextCheck {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			nextCheck = i + checkEvery
		}
		if text[i] == ' ' { // between most tokens
			i++
			continue
		}
		if _, ok := cyrillicAt(text, i); ok { // a letter (TestCyrillicAt): most tokens start so
			i = t.scanWord(i)
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			t.emit(i, i+1, lang.Other)
			i++
		case lang.IsSpace(r):
			i += size
		case r == 'h' || r == 'H' || r == 'w' || r == 'W':
			if end := urlEnd(text, i); end > i {
				t.emit(i, end, lang.URL)
				i = end
				continue
			}
			i = t.scanWord(i)
		case (r == '#' || r == '@') && i+1 < len(text) && startsWord(text[i+1:]):
			end := wordEnd(text, i+1, false)
			k := lang.Hashtag
			if r == '@' {
				k = lang.Mention
			}
			t.emit(i, end, k)
			i = end
		case r >= '0' && r <= '9':
			i = t.scanNumber(i)
		case isWordRune(r): // other scripts' digits read as words
			i = t.scanWord(i)
		case r == '.' || r == '-':
			end := i + 1
			for end < len(text) && end-i < lang.MaxTokenBytes && text[end] == text[i] {
				end++
			}
			t.emit(i, end, lang.Punct)
			i = end
		default:
			t.emit(i, i+size, runeKind(r))
			i += size
		}
	}
	return t.toks, nil
}

// tokenizer holds the tokens of text read so far and their folded forms.
type tokenizer struct {
	text  string
	toks  []lang.Token
	norms lang.NormArena
}

// emit adds the token text[start:end] of kind k.
func (t *tokenizer) emit(start, end int, k lang.Kind) {
	s := t.text[start:end]
	t.add(s, start, end, k, foldInto(&t.norms, s))
}

// add appends the token s = text[start:end] (lang.AppendToken).
func (t *tokenizer) add(s string, start, end int, k lang.Kind, norm string) {
	lang.AppendToken(&t.toks, len(t.text), s, start, end, k, norm)
}

// isWordRune reports whether r is part of a word: a letter, a digit, a
// mark or _. It inlines, and answers ASCII, the rune after most words,
// from a table.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWordRunes[r]
	}
	return lang.IsWordRune(r)
}

var asciiWordRunes = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = lang.IsWordRune(r) || r == '_'
	}
	return t
}()

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, with single inner hyphens and apostrophes (Кот-д'Ивуар), and if
// dots, single inner dots, each followed by another word rune.
// The word ends after lang.MaxTokenBytes even so.
func wordEnd(text string, i int, dots bool) int {
	end, _ := wordShapeEnd(text, i, dots)
	return end
}

// A word's shape, as wordShapeEnd reads it as it scans: bits that tell
// the tokenizer, for most words, their Kind and Norm without reading them
// twice more (wordKind, foldInto).
const (
	// shapeLower: a letter that is not upper case (wordKind is Word).
	shapeLower uint8 = 1 << iota
	// shapeFolds: a rune that folding may change, or that shapes do not
	// tell (foldInto must read the word); without it, the word is its
	// own Norm.
	shapeFolds
)

// cyrillicShapes holds the shape of each rune from U+0400 to U+047F (all
// letters), by its UTF-8 bytes' low bits: D0 xx is U+0400 + xx&0x3F, D1 xx
// U+0440 + xx&0x3F.
var cyrillicShapes = func() (t [0x80]uint8) {
	for r := rune(0x400); r < 0x480; r++ {
		t[r-0x400] = runeShape(r)
	}
	return t
}()

// asciiShapes holds the shape of each ASCII rune, read in words (letters,
// digits, an inner hyphen or apostrophe).
var asciiShapes = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = runeShape(r)
	}
	return t
}()

// runeShape is the shape of a rune that folds as foldRune does, without
// normalization (nfcStable, below U+0500).
func runeShape(r rune) uint8 {
	var shape uint8
	if lang.IsLetter(r) && !lang.IsUpper(r) {
		shape |= shapeLower
	}
	if foldedRunes[r] != r {
		shape |= shapeFolds
	}
	return shape
}

// wordShapeEnd is wordEnd, and the word's shape: the bits of its runes'
// shapes, and shapeFolds for a rune of neither table.
func wordShapeEnd(text string, i int, dots bool) (int, uint8) {
	var shape uint8
	for limit := min(len(text), i+lang.MaxTokenBytes); i < limit; {
		// Most of a Russian word: runes from U+0400 to U+047F, letters all
		// (TestCyrillicAt), stepped over in a loop of their own, on a
		// slice from i, so that its reads need no bounds checks (a rune
		// across the limit is left to the loop below).
		rest := text[i:limit]
		j := 0
		for ; j < len(rest)-3; j += 4 { // two letters a step, their four bytes tested at once
			x := uint32(rest[j]) | uint32(rest[j+1])<<8 | uint32(rest[j+2])<<16 | uint32(rest[j+3])<<24
			if x&0xC0FEC0FE != 0x80D080D0 {
				break
			}
			shape |= cyrillicShapes[(x&1)<<6|x>>8&0x3F] | cyrillicShapes[(x>>16&1)<<6|x>>24&0x3F]
		}
		for ; j < len(rest)-1; j += 2 {
			c0, c1 := rest[j], rest[j+1]
			if c0-0xD0 >= 2 || c1&0xC0 != 0x80 {
				break
			}
			shape |= cyrillicShapes[(c0&1)<<6|c1&0x3F]
		}
		if i += j; i >= limit {
			break
		}
		r, size := rune(text[i]), 1
		if r == ' ' { // the end of most words
			break
		}
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		if !isWordRune(r) && !((r == '-' || r == '\u2011' || r == '\'' || r == '’' || dots && r == '.') && i+size < len(text) && startsWord(text[i+size:])) {
			break
		}
		if r < utf8.RuneSelf {
			shape |= asciiShapes[r]
		} else {
			shape |= shapeFolds
		}
		i += size
	}
	return i, shape
}

// scanWord emits the word at i (or an email address, an abbreviation with its
// dot or an initial) and returns where scanning continues.
func (t *tokenizer) scanWord(i int) int {
	text := t.text
	end, shape := wordShapeEnd(text, i, false)
	if end < len(text) && text[end] == '@' {
		if e := wordEnd(text, end+1, true); e > end+1 && strings.Contains(text[end+1:e], ".") {
			t.emit(i, e, lang.Email)
			return e
		}
	}
	if end < len(text) && text[end] == '.' {
		// Try the longest abbreviation first: т.е. spans two dots. The window
		// bounds the look-ahead so that a long run like a.a.a.a stays linear.
		window := text[:min(len(text), i+maxAbbrevBytes)]
		if e := wordEnd(window, i, true); e > end && e < len(window) && window[e] == '.' && abbreviations[fold(text[i:e])] {
			t.emit(i, e+1, lang.Abbreviation)
			return e + 1
		}
		w := text[i:end]
		key := w // its own fold when its shape says so; no abbreviation's is longer than longestAbbreviation
		if shape&shapeFolds != 0 {
			key = fold(w)
		}
		if len(key) <= longestAbbreviation && abbreviations[key] || isInitial(w) {
			t.emit(i, end+1, lang.Abbreviation)
			return end + 1
		}
	}
	w := text[i:end]
	kind, norm := lang.Word, w
	if shape&shapeLower == 0 {
		kind = wordKind(w)
	}
	if shape&shapeFolds != 0 {
		norm = foldInto(&t.norms, w)
	}
	t.add(w, i, end, kind, norm)
	return end
}

// cyrillicAt decodes the rune at s[i], i >= 0, when it is one of
// U+0400–U+047F, whose UTF-8 starts with the byte D0 or D1: the Russian
// alphabet and more, which most runes of Russian text are. Tokenizing
// reads every rune of a word two or three times, and this inlines where
// decoding any rune cannot. Its callers (foldInto, appendFolded, wordKind,
// ...) write the three lines "cyrillicAt, else lang.DecodeRune" out each
// time: one helper returning the rune and its size was not inlined, and
// measured slower.
func cyrillicAt(s string, i int) (rune, bool) {
	if i+1 < len(s) && s[i]-0xD0 < 2 && s[i+1]&0xC0 == 0x80 {
		return rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F), true
	}
	return 0, false
}

// isInitial reports whether w is one upper-case letter (М in "М. Мишустин").
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && lang.IsUpper(r)
}

// wordKind: an all-capitals word of two or more letters (ООН, БРИКС, МИД)
// is an Abbreviation, like Turkish ABD; anything else is a Word.
func wordKind(w string) lang.Kind {
	letters := 0
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if c, ok := cyrillicAt(w, i); ok {
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(w[i:])
		}
		i += size
		if lang.IsLetter(r) {
			if !lang.IsUpper(r) {
				return lang.Word
			}
			letters++
		}
	}
	if letters > 1 {
		return lang.Abbreviation
	}
	return lang.Word
}

// scanNumber emits the number at i with its kind and returns its end.
func (t *tokenizer) scanNumber(i int) int {
	text := t.text
	end, seps, colons := i, 0, 0
	for end < len(text) && end-i < lang.MaxTokenBytes {
		c := text[end]
		if c >= '0' && c <= '9' {
			end++
			continue
		}
		if (c == '.' || c == ',' || c == ':') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9' {
			if c == ':' {
				colons++
			} else if c == '.' {
				seps++
			}
			end++
			continue
		}
		break
	}
	kind := lang.Number
	switch {
	case colons == 1 && end-i <= 5:
		kind = lang.Time
	case seps == 2 && end-i == 10:
		kind = lang.Date // 04.11.2025
	}
	switch {
	case end < len(text) && text[end] == '%':
		t.emit(i, end+1, lang.Percent)
		return end + 1
	case end+1 < len(text) && text[end] == '-':
		// 30-й, 2-го: digits, hyphen, at most three letters.
		if e := wordEnd(text, end+1, false); e > end+1 && lang.RuneCount(text[end+1:e]) <= 3 && !startsDigit(text[end+1:]) {
			t.emit(i, e, lang.Ordinal)
			return e
		}
	}
	t.emit(i, end, kind)
	return end
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// urlEnd returns the end of a URL starting at i (http://, https://, www.),
// or i when there is none. Trailing punctuation is left out of the URL.
func urlEnd(text string, i int) int {
	rest := strings.ToLower(text[i:min(len(text), i+8)])
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsSpace(r) || r == utf8.RuneError || r == '«' || r == '»' || r == '"' || r == '<' || r == '>' {
			break
		}
		end += size
	}
	for end > i && strings.ContainsRune(".,;:!?)»'\"", rune(text[end-1])) {
		end--
	}
	if end-i <= 8 {
		return i
	}
	return end
}

// runeKind classifies a lone rune that starts no word or number.
func runeKind(r rune) lang.Kind {
	switch {
	case unicode.IsControl(r) || r == utf8.RuneError:
		return lang.Other
	case (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF):
		return lang.Emoji
	case unicode.IsPunct(r):
		return lang.Punct
	case unicode.IsSymbol(r):
		return lang.Symbol
	}
	return lang.Other
}
