package en

import "testing"

func TestEnglishHead(t *testing.T) {
	for _, c := range []struct{ stem, want string }{
		{"island", "island"},
		{"lake", "lake"},
		{"islands", ""}, // its reading's stem is asked for
		{"fall", ""},    // Niagara Falls: not a head other languages translate
		{"street", ""},
	} {
		if got := (English{}).EnglishHead(c.stem); got != c.want {
			t.Errorf("EnglishHead(%q) = %q, want %q", c.stem, got, c.want)
		}
	}
}
