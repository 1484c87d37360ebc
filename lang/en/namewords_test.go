package en

import "testing"

func TestEnglishNameWord(t *testing.T) {
	for w, want := range map[string]string{
		"southern": "south", "west": "west", "northeastern": "northeast",
		"new": "", "california": "", "westerns": "",
	} {
		if got := (English{}).EnglishNameWord(w); got != want {
			t.Errorf("EnglishNameWord(%q) = %q, want %q", w, got, want)
		}
	}
}
