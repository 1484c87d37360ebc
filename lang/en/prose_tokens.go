package en

import (
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
)

// proseTokens returns prose's tokens of text, as its Tokenize does, at
// less cost. prose splits the text at white space and then works on each
// span alone: a span of ASCII letters and digits is always one token
// (prose's prefixes, suffixes and contractions all hold punctuation or an
// apostrophe, and what it keeps whole stays whole), so such spans, most of
// running English, are emitted here without prose's regular expression and
// affix tests, and the rest is handed to prose in runs of consecutive
// spans. TestProseTokensMatchProse checks the result against prose's own.
func proseTokens(text string) []tokenize.Token {
	t := proseTokenizer()
	out := make([]tokenize.Token, 0, len(text)/5+2)
	hard := -1 // start of the pending run of spans for prose, or -1
	flush := func(end int) {
		if hard >= 0 {
			for _, pt := range t.Tokenize(text[hard:end]) {
				pt.Start += hard
				out = append(out, pt)
			}
			hard = -1
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		end, simple := spanEnd(text, i)
		if simple {
			flush(i)
			out = append(out, tokenize.Token{Text: text[i:end], Start: i})
		} else if hard < 0 {
			hard = i
		}
		i = end
	}
	flush(len(text))
	return out
}

// spanEnd returns the end of the span of non-space runes at i and whether
// it is made of ASCII letters and digits only.
func spanEnd(text string, i int) (int, bool) {
	simple := true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				return i, simple
			}
			simple = simple && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return i, simple
		}
		simple = false
		i += n
	}
	return i, simple
}
