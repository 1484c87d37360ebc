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
	toks := lang.MakeTokens(text)
	norms := lang.NewNormArena(len(text))
	emit := func(start, end int, k lang.Kind) {
		if len(toks) == cap(toks) {
			toks = lang.GrowTokens(toks, end, len(text))
		}
		toks = append(toks, lang.Token{Text: text[start:end], Start: start, End: end, Kind: k, Norm: foldInto(&norms, text[start:end])})
	}
	nextCheck := checkEvery
	for i := 0; i < len(text); {
		if i >= nextCheck {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			nextCheck = i + checkEvery
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			emit(i, i+1, lang.Other)
			i++
		case lang.IsSpace(r):
			i += size
		case r == 'h' || r == 'H' || r == 'w' || r == 'W':
			if end := urlEnd(text, i); end > i {
				emit(i, end, lang.URL)
				i = end
				continue
			}
			i = scanWord(text, i, emit)
		case (r == '#' || r == '@') && i+1 < len(text) && startsWord(text[i+1:]):
			end := wordEnd(text, i+1, false)
			k := lang.Hashtag
			if r == '@' {
				k = lang.Mention
			}
			emit(i, end, k)
			i = end
		case r >= '0' && r <= '9':
			i = scanNumber(text, i, emit)
		case isWordRune(r): // other scripts' digits read as words
			i = scanWord(text, i, emit)
		case r == '.' || r == '-':
			end := i + 1
			for end < len(text) && end-i < lang.MaxTokenBytes && text[end] == text[i] {
				end++
			}
			emit(i, end, lang.Punct)
			i = end
		default:
			emit(i, i+size, runeKind(r))
			i += size
		}
	}
	return toks, nil
}

// isWordRune reports whether r is part of a word: a letter, a digit, a
// mark or _.
func isWordRune(r rune) bool {
	return lang.IsWordRune(r) || r == '_'
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, with single inner hyphens and apostrophes (Кот-д'Ивуар), and if
// dots, single inner dots, each followed by another word rune.
// The word ends after lang.MaxTokenBytes even so.
func wordEnd(text string, i int, dots bool) int {
	for limit := min(len(text), i+lang.MaxTokenBytes); i < limit; {
		// Most of a Russian word: runes from U+0400 to U+047F, letters all
		// (TestCyrillicAt), stepped over in a loop of their own.
		for i < limit && i+1 < len(text) && text[i]-0xD0 < 2 && text[i+1]&0xC0 == 0x80 {
			i += 2
		}
		if i >= limit {
			break
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '-' || r == '\u2011' || r == '\'' || r == '’' || dots && r == '.') && i+size < len(text) && startsWord(text[i+size:]) {
			i += size
			continue
		}
		break
	}
	return i
}

// scanWord emits the word at i (or an email address, an abbreviation with its
// dot or an initial) and returns where scanning continues.
func scanWord(text string, i int, emit func(int, int, lang.Kind)) int {
	end := wordEnd(text, i, false)
	if end < len(text) && text[end] == '@' {
		if e := wordEnd(text, end+1, true); e > end+1 && strings.Contains(text[end+1:e], ".") {
			emit(i, e, lang.Email)
			return e
		}
	}
	if end < len(text) && text[end] == '.' {
		// Try the longest abbreviation first: т.е. spans two dots. The window
		// bounds the look-ahead so that a long run like a.a.a.a stays linear.
		window := text[:min(len(text), i+maxAbbrevBytes)]
		if e := wordEnd(window, i, true); e > end && e < len(window) && window[e] == '.' && abbreviations[fold(text[i:e])] {
			emit(i, e+1, lang.Abbreviation)
			return e + 1
		}
		w := text[i:end]
		if abbreviations[fold(w)] || isInitial(w) {
			emit(i, end+1, lang.Abbreviation)
			return end + 1
		}
	}
	emit(i, end, wordKind(text[i:end]))
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
func scanNumber(text string, i int, emit func(int, int, lang.Kind)) int {
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
		return emitAt(emit, i, end+1, lang.Percent)
	case end+1 < len(text) && text[end] == '-':
		// 30-й, 2-го: digits, hyphen, at most three letters.
		if e := wordEnd(text, end+1, false); e > end+1 && lang.RuneCount(text[end+1:e]) <= 3 && !startsDigit(text[end+1:]) {
			return emitAt(emit, i, e, lang.Ordinal)
		}
	}
	return emitAt(emit, i, end, kind)
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func emitAt(emit func(int, int, lang.Kind), start, end int, k lang.Kind) int {
	emit(start, end, k)
	return end
}

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
