package lang

import (
	"strings"
	"unicode/utf8"
)

// StartsUpper reports whether s starts with an upper-case letter. It
// inlines, and answers for ASCII without a call.
func StartsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26
	}
	return startsUpperRune(s)
}

// startsUpperRune is StartsUpper past ASCII. Russian asks it of most
// tokens, many times over a document (the rules each read the tokens),
// and it answers Cyrillic's lead bytes D0 and D1 from the second byte with
// no decoding: D0 80-AF is U+0400-042F (Ѐ-Џ, А-Я), upper case, D0 B0-BF
// U+0430-043F (а-п), lower, as is D1 80-9F, U+0440-045F (р-я, ѐ-џ).
func startsUpperRune(s string) bool {
	if len(s) > 1 {
		switch c := s[1] - 0x80; s[0] {
		case 0xD0:
			if c < 0x40 {
				return c < 0x30
			}
		case 0xD1:
			if c < 0x20 {
				return false
			}
		}
	}
	if r, ok := TwoByteRuneAt(s, 0); ok {
		return IsUpper(r)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return IsUpper(r)
}

// DecodeRune is utf8.DecodeRuneInString, quicker for the two-byte runes
// (Latin-1 and Latin Extended, Greek, Cyrillic), which package utf8
// decodes, like every rune beyond ASCII, through its full validation.
// A lead byte C2 to DF and a continuation byte are always a valid rune (C0
// and C1 would start overlong ones).
func DecodeRune(s string) (rune, int) {
	if r, ok := TwoByteRuneAt(s, 0); ok {
		return r, 2
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune is utf8.DecodeLastRuneInString, quicker for a two-byte
// last rune (a Cyrillic word's), which package utf8 decodes through a
// backward scan and its full validation: the tagger's affixes of every
// word, and Russian stemming, take words apart from the end.
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n > 1 && s[n-2]-0xC2 < 0xE0-0xC2 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-2]&0x1F)<<6 | rune(s[n-1]&0x3F), 2
	}
	return utf8.DecodeLastRuneInString(s)
}

// TwoByteRuneAt returns the rune of two bytes that starts at s[i], as
// DecodeRune(s[i:]) would, or false when no such rune starts there. It
// inlines, where DecodeRune, with its call for the other runes, does
// not: loops over the letters of Cyrillic or Turkish words call it for
// every rune, and DecodeRune only for the runes it declines.
func TwoByteRuneAt(s string, i int) (rune, bool) {
	if i+1 < len(s) && s[i]-0xC2 < 0xE0-0xC2 && s[i+1]&0xC0 == 0x80 {
		return rune(s[i]&0x1F)<<6 | rune(s[i+1]&0x3F), true
	}
	return 0, false
}

// LowerCyrillicAt reports whether a letter from а to я (U+0430–U+044F, not
// ё) starts at s[i]: D0 B0-BF or D1 80-8F. Such a letter is no capital,
// its own fold, and NFC-stable; the test inlines, where StartsUpper's
// for a Cyrillic letter is a call.
func LowerCyrillicAt(s string, i int) bool {
	return i+1 < len(s) && (s[i] == 0xD0 && s[i+1]-0xB0 < 0x10 || s[i] == 0xD1 && s[i+1]-0x80 < 0x10)
}

// IsLetters reports whether s is non-empty and made of letters only.
func IsLetters(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !IsLetter(r) {
			return false
		}
	}
	return true
}

// MaxFoldBytes bounds the tokens a tokenizer folds. A longer token (a run
// of combining marks, a base64 blob) cannot be part of a name, which is at
// most a few hundred bytes, while folding it costs time linear in its
// length with no point at which to stop for a cancellation: 0.4 s for one
// 5 MB token of combining marks.
const MaxFoldBytes = 1 << 10

// MaxTokenBytes bounds a token: a tokenizer that reads a longer run of
// word characters ends the token there and starts another, so that no
// token (a 5 MB run of combining marks) holds up a cancellation or a
// per-token step for long.
const MaxTokenBytes = 64 << 10

// guessBytes is how much of a long text MakeTokens reads for its density
// of tokens.
const guessBytes = 64 << 10

// MakeTokens returns an empty token slice for a tokenizer about to read
// text: room for EstimateTokens(text) and a little more, the estimate of
// a long text made from its first guessBytes, at their density. The room
// is, on the news of testdata, by document, 4-6% more than the tokens and
// never fewer in Turkish, English or Russian, where a guess of a token
// every 5 bytes (7 in Russian) was 41% too many in Turkish, 58% in
// Russian and 7% in English, and 42 MB of garbage for 5 MB of
// punctuation. A text denser past its first guessBytes outgrows it, and
// GrowTokens sizes it again at the density read. (A first slice for the
// first guessBytes alone, sized for the whole text when it filled, made a
// long text's tokenizer write half a megabyte twice: 140 page faults of
// 13,000 for 1.5 MB of Turkish news as one document.) The token slices
// were 38% of the bytes a document's extraction allocated.
func MakeTokens(text string) []Token {
	head := text[:min(len(text), guessBytes)]
	n := EstimateTokens(head)
	if len(text) > len(head) {
		n = int(float64(n) * float64(len(text)) / float64(len(head)))
	}
	return make([]Token, 0, n+n/32+2)
}

// GrowTokens returns toks with room for more tokens, for a tokenizer that
// has read text up to byte readTo of textLen. Tokenizers start their slice
// with MakeTokens, at the density of the text's start; denser text (one token a byte:
// runs of punctuation) would make append double it again and again,
// holding the old and the new array at each step (590 MB for 5 MB of
// apostrophes). GrowTokens sizes it for the whole text at the density read
// so far, and a twentieth more; when the guess falls short, it grows by a
// quarter at least, as append does for large slices: a long document's
// token array is most of what it keeps alive, and the garbage collector
// lets the heap grow to twice what is alive.
func GrowTokens(toks []Token, readTo, textLen int) []Token {
	n := len(toks)
	want := int(float64(n)*float64(textLen)/float64(max(readTo, 1))*1.05) + 16
	grown := make([]Token, n, max(want, n+n/4))
	copy(grown, toks)
	return grown
}

// AppendToken appends the token s = text[start:end] of kind k and norm to
// *toks, for a tokenizer of a text of textLen bytes, growing it by
// GrowTokens. It writes the token's fields in place: append of a Token
// literal built it on the stack, zeroed first, and copied it.
func AppendToken(toks *[]Token, textLen int, s string, start, end int, k Kind, norm string) {
	ts := *toks
	if len(ts) == cap(ts) {
		ts = GrowTokens(ts, end, textLen)
	}
	ts = ts[:len(ts)+1]
	*toks = ts
	tok := &ts[len(ts)-1]
	tok.Text, tok.Start, tok.End, tok.Kind, tok.Norm = s, start, end, k, norm
}

// FoldShort returns fold(s), or s itself when s is longer than
// MaxFoldBytes. Tokenizers fill Token.Norm with it.
func FoldShort(s string, fold func(string) string) string {
	if len(s) > MaxFoldBytes {
		return s
	}
	return fold(s)
}

// FoldToken returns the folded form of a token: its Norm when the
// tokenizer filled it, else l.Fold, else a plain lower-casing. It inlines,
// the Norm read in line: the recognizer's rules ask it of most tokens,
// many times over a document, and the tokenizers fill Norm.
func FoldToken(t *Token, l Language) string {
	if t.Norm != "" {
		return t.Norm
	}
	return foldText(t, l)
}

// foldText is FoldToken for a token with no Norm.
func foldText(t *Token, l Language) string {
	if l != nil {
		return l.Fold(t.Text)
	}
	return strings.ToLower(t.Text)
}

// MakeSentences returns an empty sentence slice for a splitter about to
// group n tokens: room for a sentence every 16 tokens, which the news of
// testdata (18 to 22 tokens a sentence) seldom outgrow: 3 of its 20
// Turkish documents, where a sentence every 20 tokens was outgrown by 13,
// and 5.5 MB of news allocated its sentences twice over.
func MakeSentences(n int) []Sentence {
	return make([]Sentence, 0, n/16+1)
}

// RuneCount is utf8.RuneCountInString without its call to the runtime's
// decoding for every rune beyond ASCII: a rune of two bytes (Cyrillic) is
// counted inline. An invalid byte counts as one rune, as there.
func RuneCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else if _, ok := TwoByteRuneAt(s, i); ok {
			i += 2
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
