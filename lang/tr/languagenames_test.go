package tr

import "testing"

// TestLanguageNames checks the forms of languages' names and of dil.
func TestLanguageNames(t *testing.T) {
	l := Turkish{}
	names := []struct {
		norm string
		want bool
	}{
		{"çeçence", true},
		{"sanskritçe", true},
		{"zazacasında", true},
		{"türkçenin", true},
		{"almancayı", true},
		{"terrace", false}, // out of harmony: an English word
		{"palace", false},
		{"türkce", false}, // c after a voiceless consonant
		{"nice", false},   // too short a stem
		{"ankara", false},
		{"", false},
	}
	for _, tc := range names {
		if got := l.LanguageName(tc.norm); got != tc.want {
			t.Errorf("LanguageName(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
	for _, w := range []string{"dil", "dili", "diliyle", "dilleri"} {
		if !l.LanguageWord(w) {
			t.Errorf("LanguageWord(%q) = false", w)
		}
	}
	for _, w := range []string{"dilek", "dilim", "di", ""} {
		if l.LanguageWord(w) {
			t.Errorf("LanguageWord(%q) = true", w)
		}
	}
}
