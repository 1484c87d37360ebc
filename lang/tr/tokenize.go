package tr

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Tokenize splits Turkish text into tokens, in order and non-overlapping,
// with text[t.Start:t.End] == t.Text for every token and t.Norm ==
// Fold(t.Text). White space and invisible format characters (BOM,
// zero-width space, soft hyphen between words) are not tokens.
//
// The rules, in the order they matter for entity extraction:
//
//   - An apostrophe suffix is its own token of Kind Suffix, apostrophe
//     included: Çin'in → Çin 'in, ABD’nin → ABD ’nin, 5.000'den → 5.000
//     'den. Any of ' ’ ‘ ` ´ counts. An apostrophe followed by a capitalized
//     word with lower-case letters stays inside the word (O'Neill).
//     "1'inci", "3'üncü" give a Number-turned-Ordinal token and a Suffix.
//   - A hyphen splits a word when both sides are capitalized names
//     (Çin-Rusya → Çin - Rusya, so each name can be matched); otherwise the
//     hyphenated word is one Word (sosyo-ekonomik, e-posta, Kovid-19).
//   - A period stays in the token of a known abbreviation (Dr., vb.), of an
//     initial (M.), of a letter chain (T.C., A.Ş.), of a Roman-numeral
//     ordinal (II. Dünya) and of an Arabic ordinal (30. olağan: a number
//     and period followed by a lower-case word on the same line, or a
//     list number at line start). Such tokens are Abbreviation or Ordinal.
//     All-caps acronyms without periods (ABD, TBMM, NATO) are Word tokens.
//   - Numbers: 1.250.000 and 3,5 are Number; 2025-11-04, 04.11.2025 and
//     04/11/2025 Date; 09:15 and 14.30 (H.MM, hour < 24, minute < 60) Time;
//     %5,2 and 5% Percent. A number glued to letters (5G, 3D) is a Word.
//   - URLs (scheme://, www., bare host names with a known top-level
//     domain), e-mail addresses, #hashtags and @mentions are single tokens.
//   - Runs of "." (…), "-" (--), and "!?" are one Punct token each.
//   - Each maximal run of invalid UTF-8 bytes, of control characters or of
//     stray combining marks is one token of Kind Other.
//
// Tokenize runs in time linear in len(text).
func Tokenize(text string) []lang.Token {
	toks, _ := TokenizeContext(context.Background(), text) // never done: no error
	return toks
}

// TokenizeContext is Tokenize that stops with ctx.Err() soon after ctx is
// done: it checks every checkEvery bytes of text.
func TokenizeContext(ctx context.Context, text string) ([]lang.Token, error) {
	t := tokenizer{text: text, toks: lang.MakeTokens(text), ctx: ctx}
	t.norms = lang.NewNormArena(len(text))
	t.run()
	if t.err != nil {
		return nil, t.err
	}
	return t.toks, nil
}

// checkEvery is how many bytes TokenizeContext reads between looks at its
// context: about 50 µs of the slowest input (one token per byte).
const checkEvery = 16 << 10

type tokenizer struct {
	text  string
	toks  []lang.Token
	ctx   context.Context
	err   error          // ctx.Err() once run stopped for it
	norms lang.NormArena // the tokens' folded forms
}

func (t *tokenizer) emit(start, end int, k lang.Kind) int {
	s := t.text[start:end]
	t.add(s, start, end, k, foldInto(&t.norms, s))
	return end
}

// emitWord emits the Word text[start:end] whose first folded bytes
// folding leaves as they are (scanWord's second result): a word folded
// already, as most are, is its own Norm with no call.
func (t *tokenizer) emitWord(start, end, folded int) int {
	s := t.text[start:end]
	norm := s
	if folded < len(s) && len(s) <= lang.MaxFoldBytes {
		norm = foldIntoFrom(&t.norms, s, folded)
	}
	t.add(s, start, end, lang.Word, norm)
	return end
}

// add appends the token s = text[start:end] (lang.AppendToken).
func (t *tokenizer) add(s string, start, end int, k lang.Kind, norm string) {
	lang.AppendToken(&t.toks, len(t.text), s, start, end, k, norm)
}

func (t *tokenizer) run() {
	text := t.text
	nextCheck := checkEvery
	for i := 0; i < len(text); {
		if i >= nextCheck {
			if t.err = t.ctx.Err(); t.err != nil {
				return
			}
			nextCheck = i + checkEvery
		}
		c := text[i]
		if c == ' ' { // between most tokens
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clSpace:
				i++
			case clLetter:
				i = t.letterToken(i)
			case clDigit:
				i = t.numberToken(i)
			case clControl:
				i = t.controlRun(i)
			default:
				i = t.punctToken(i, rune(c), 1)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			i = t.invalidRun(i)
		case lang.IsLetter(r), lang.IsDigit(r):
			i = t.letterToken(i)
		case isSkippable(r):
			i += size
		case unicode.IsControl(r):
			i = t.controlRun(i)
		case lang.IsMark(r):
			i = t.markRun(i)
		case isEmojiStart(r):
			i = t.emojiToken(i)
		default:
			i = t.punctToken(i, r, size)
		}
	}
}

// invalidRun emits one Other token for the run of invalid UTF-8
// bytes at i (no longer than lang.MaxTokenBytes, as every token).
func (t *tokenizer) invalidRun(i int) int {
	j := i
	for j < len(t.text) && j-i < lang.MaxTokenBytes && t.text[j] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(t.text[j:])
		if r != utf8.RuneError || n != 1 {
			break
		}
		j++
	}
	return t.emit(i, j, lang.Other)
}

// controlRun emits one Other token for the run of control
// characters at i.
func (t *tokenizer) controlRun(i int) int {
	j := i
	for j < len(t.text) && j-i < lang.MaxTokenBytes {
		ok, n := isControlAt(t.text, j)
		if !ok {
			break
		}
		j += n
	}
	return t.emit(i, j, lang.Other)
}

// markRun emits one Other token for combining marks with no base letter.
func (t *tokenizer) markRun(i int) int {
	j := i
	for j < len(t.text) && j-i < lang.MaxTokenBytes {
		r, n := runeAt(t.text, j)
		if r < utf8.RuneSelf || !lang.IsMark(r) {
			break
		}
		j += n
	}
	return t.emit(i, j, lang.Other)
}

// emojiToken emits one Emoji token for an emoji with its modifiers, ZWJ
// sequence or regional-indicator pair.
func (t *tokenizer) emojiToken(i int) int {
	r, n := runeAt(t.text, i)
	j := i + n
	if isRegionalIndicator(r) {
		if r2, n2 := runeAt(t.text, j); n2 > 0 && isRegionalIndicator(r2) {
			j += n2
		}
		return t.emit(i, j, lang.Emoji)
	}
	for j < len(t.text) && j-i < lang.MaxTokenBytes {
		r, n := runeAt(t.text, j)
		if isEmojiModifier(r) {
			j += n
			continue
		}
		if r == 0x200D {
			if r2, n2 := runeAt(t.text, j+n); n2 > 0 && isEmojiStart(r2) {
				j += n + n2
				continue
			}
		}
		break
	}
	return t.emit(i, j, lang.Emoji)
}

// asciiPunctKind gives the Kind of a lone ASCII non-alphanumeric character.
func asciiPunctKind(c byte) lang.Kind {
	switch c {
	case '$', '&', '+', '<', '=', '>', '^', '|', '~', '%', '*', '\\':
		return lang.Symbol
	}
	return lang.Punct
}

// punctToken handles everything that is neither letter, digit, space nor
// control: punctuation runs, suffixes, hashtags, mentions, percentages and
// symbols.
func (t *tokenizer) punctToken(i int, r rune, size int) int {
	text := t.text
	switch {
	case isApostrophe(r):
		if t.suffixable(i) && isLetterAt(text, i+size) {
			return t.suffixToken(i, size)
		}
		return t.emit(i, i+size, lang.Punct)
	case r == '.' || r == '-':
		j := i + 1
		for j < len(text) && text[j] == byte(r) {
			j++
		}
		return t.emit(i, j, lang.Punct)
	case r == '!' || r == '?':
		j := i + 1
		for j < len(text) && (text[j] == '!' || text[j] == '?') {
			j++
		}
		return t.emit(i, j, lang.Punct)
	case r == '#':
		if j := scanTag(text, i+1); j > i+1 {
			return t.emit(i, j, lang.Hashtag)
		}
	case r == '@':
		if j := scanTag(text, i+1); j > i+1 {
			return t.emit(i, j, lang.Mention)
		}
	case r == '%':
		if i+1 < len(text) && isASCIIDigit(text[i+1]) {
			if j, k := scanNumber(text, i+1); k == lang.Number {
				return t.emit(i, j, lang.Percent)
			}
		}
	}
	if r < utf8.RuneSelf {
		return t.emit(i, i+size, asciiPunctKind(byte(r)))
	}
	switch {
	case unicode.IsPunct(r):
		return t.emit(i, i+size, lang.Punct)
	case unicode.IsSymbol(r):
		return t.emit(i, i+size, lang.Symbol)
	}
	return t.emit(i, i+size, lang.Other)
}

// scanTag returns the end of a hashtag or mention body starting at i:
// letters, digits, underscores and (after the first character) combining
// marks. It returns i when there is no body.
func scanTag(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := runeAt(s, j)
		if r == '_' || (isWordRune(r) && (j > i || !lang.IsMark(r))) {
			j += n
			continue
		}
		break
	}
	return j
}
