package tr

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestWithinLine checks that withinLine holds only where lang.LineBreaks
// counts no line break: between the tokens of texts with every kind of
// gap, and for tokens whose offsets do not fit their text.
func TestWithinLine(t *testing.T) {
	for _, text := range []string{"a b", "a\tb", "a\nb", "a \nb", "a\r\nb", "a\u00a0b", "a\u2028b", "a\fb", "a  b", "a.b", "a\n\nb"} {
		toks := Turkish{}.Tokenize(text)
		for i := 1; i < len(toks); i++ {
			if withinLine(text, &toks[i-1], &toks[i]) && lang.LineBreaks(text, &toks[i-1], &toks[i]) != 0 {
				t.Errorf("%q: withinLine between %q and %q, which a line break parts", text, toks[i-1].Text, toks[i].Text)
			}
		}
	}
	for _, p := range [][2]lang.Token{{{End: -1}, {Start: 0}}, {{End: 3}, {Start: 4}}, {{End: 5}, {Start: 6}}, {{End: 2}, {Start: 2}}} {
		if withinLine("ab\n", &p[0], &p[1]) && lang.LineBreaks("ab\n", &p[0], &p[1]) != 0 {
			t.Errorf("withinLine(%+v, %+v) with a line break", p[0], p[1])
		}
	}
}
