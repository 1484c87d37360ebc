package lang_test

import (
	"testing"
	"unicode"

	"github.com/varlik/varlik/lang"
)

// TestWithinLine checks that WithinLine holds only where LineBreaks counts
// no line break: between the tokens of texts with every kind of gap, and
// for tokens whose offsets do not fit their text.
func TestWithinLine(t *testing.T) {
	for _, text := range []string{"a b", "a\tb", "a\nb", "a \nb", "a\r\nb", "a\u00a0b", "a\u2028b", "a\fb", "a  b", "a.b", "a\n\nb", "ab"} {
		toks := fieldTokens(text)
		for i := 1; i < len(toks); i++ {
			within, breaks := lang.WithinLine(text, &toks[i-1], &toks[i]), lang.LineBreaks(text, &toks[i-1], &toks[i])
			if within && breaks != 0 {
				t.Errorf("%q: WithinLine between %q and %q, which a line break parts", text, toks[i-1].Text, toks[i].Text)
			}
			if gap := text[toks[i-1].End:toks[i].Start]; (gap == "" || gap == " ") != within {
				t.Errorf("%q: WithinLine = %v for the gap %q", text, within, gap)
			}
		}
	}
	for _, p := range [][2]lang.Token{{{End: -1}, {Start: 0}}, {{End: 3}, {Start: 4}}, {{End: 5}, {Start: 6}}, {{End: 2}, {Start: 2}}} {
		if lang.WithinLine("ab\n", &p[0], &p[1]) && lang.LineBreaks("ab\n", &p[0], &p[1]) != 0 {
			t.Errorf("WithinLine(%+v, %+v) with a line break", p[0], p[1])
		}
	}
}

// fieldTokens returns the runs of text between white space and dots as
// tokens, with their offsets.
func fieldTokens(text string) []lang.Token {
	var toks []lang.Token
	start := -1
	for i, r := range text + " " {
		if sep := unicode.IsSpace(r) || r == '.'; sep && start >= 0 {
			toks = append(toks, lang.Token{Text: text[start:i], Start: start, End: i})
			start = -1
		} else if !sep && start < 0 {
			start = i
		}
	}
	return toks
}
