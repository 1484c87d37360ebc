package tr

import (
	"strings"
	"testing"
)

// TestColorNickname checks which runs of folded capitalized words are a
// club's colour nickname.
func TestColorNickname(t *testing.T) {
	for _, c := range []struct {
		run  string // folded words, space-separated
		want bool
	}{
		{"maviler", true},
		{"gök mavilerin", true},
		{"sarı-kırmızılılar", true},
		{"sarı-lacivertlilere", true},
		{"kırmızılar", true},
		{"kırmızılılar", false}, // one colour with -lI
		{"mavi", false},         // no plural
		{"gökler", false},       // gök only qualifies a colour
		{"büyük maviler", false},
		{"mavişler", false},
	} {
		if got := (Turkish{}).ColorNickname(strings.Fields(c.run)); got != c.want {
			t.Errorf("ColorNickname(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}
