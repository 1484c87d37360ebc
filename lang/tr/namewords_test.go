package tr

import "testing"

func TestEnglishNameWord(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"batı", "west"},
		{"güneydoğu", "southeast"},
		{"kuzey", "north"},
		{"batısı", ""}, // a noun's possessive form, not a name's word
		{"doğal", ""},
		{"arizona", ""},
	} {
		if got := (Turkish{}).EnglishNameWord(tc.word); got != tc.want {
			t.Errorf("EnglishNameWord(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
