package tr

import "testing"

func TestPluralNoun(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"türkler", true},
		{"yetkililer", true},
		{"aslanlar", true},
		{"kaya", false},
		{"bakan", false},
		{"lar", true},
	} {
		if got := (Turkish{}).PluralNoun(tc.norm); got != tc.want {
			t.Errorf("PluralNoun(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestMinuteMark(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Dk", true},
		{"dk", true},
		{"DK", true},
		{"dk.", false}, // the dot is the caller's to take off
		{"dakika", false},
		{"Dr", false},
	} {
		if got := (Turkish{}).MinuteMark(tc.word); got != tc.want {
			t.Errorf("MinuteMark(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
