package lang

import (
	"testing"
	"unicode/utf8"
)

// TestLowerCyrillicAt checks LowerCyrillicAt against utf8 on every pair of
// bytes, at the start and past one byte, alone and before another byte,
// and that StartsUpper never holds where it does.
func TestLowerCyrillicAt(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			pair := string([]byte{byte(a), byte(b)})
			r, n := utf8.DecodeRuneInString(pair)
			want := n == 2 && 'а' <= r && r <= 'я'
			for _, tt := range []struct {
				s string
				i int
			}{{pair, 0}, {pair + "x", 0}, {"x" + pair, 1}} {
				if got := LowerCyrillicAt(tt.s, tt.i); got != want {
					t.Fatalf("LowerCyrillicAt(%q, %d) = %v, want %v", tt.s, tt.i, got, want)
				}
			}
			if want && StartsUpper(pair) {
				t.Errorf("LowerCyrillicAt(%q, 0) and StartsUpper", pair)
			}
		}
	}
	for _, s := range []string{"", "\xd0", "\xd1", "x\xd0"} {
		if LowerCyrillicAt(s, 0) || len(s) > 1 && LowerCyrillicAt(s, 1) {
			t.Errorf("LowerCyrillicAt(%q) holds of a cut letter", s)
		}
	}
}
