package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestStartsWithDigit checks the in-line test that spares scoreAt's call:
// a token it rejects is never a score's start, as scoreAt reads one.
func TestStartsWithDigit(t *testing.T) {
	for _, s := range []string{"", "0", "9", "1-0", "38", "/", ":", "a", "-", "–", "٣", "\x00", "\xff", " 1"} {
		want := s != "" && s[0] >= '0' && s[0] <= '9'
		if got := startsWithDigit(s); got != want {
			t.Errorf("startsWithDigit(%q) = %v, want %v", s, got, want)
		}
		for _, toks := range [][]lang.Token{
			{{Text: s}, {Text: "-"}, {Text: "1"}},
			{{Text: s + "-1"}},
		} {
			if !startsWithDigit(toks[0].Text) && scoreAt(toks, 0) != 0 {
				t.Errorf("%q: scoreAt found a score startsWithDigit rejects", toks[0].Text)
			}
		}
	}
}
