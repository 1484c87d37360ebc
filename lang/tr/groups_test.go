package tr

import "testing"

func TestIsGroupWord(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"katalan", true}, {"boşnak", true}, {"boşnaklar", true}, {"almanlar", true}, {"müslüman", true}, {"metodist", true}, {"hint", true},
		// a country's name, a common surname, a -li word
		{"çin", false}, {"türk", false}, {"mısırlı", false},
		{"Katalan", false}, // folded words only
		{"ler", false}, {"", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).IsGroupWord(tc.norm); got != tc.want {
			t.Errorf("IsGroupWord(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
