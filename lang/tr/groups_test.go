package tr

import "testing"

func TestIsGroupWord(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"katalan", true}, {"boşnak", true}, {"boşnaklar", true}, {"almanlar", true}, {"müslüman", true}, {"metodist", true}, {"hint", true},
		{"türk", true}, {"türkler", true}, // a surname too (Ahmet Türk), but the nationality word far more often
		// a country's name, a -li word
		{"çin", false}, {"mısırlı", false},
		{"Katalan", false}, // folded words only
		{"ler", false}, {"", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).IsGroupWord(tc.norm); got != tc.want {
			t.Errorf("IsGroupWord(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
