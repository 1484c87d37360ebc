package en

import "testing"

func TestDictionaryWord(t *testing.T) {
	e := English{}
	for norm, want := range map[string]bool{
		"applause": true, "kudos": true, "slope": true, "scuffles": true,
		"heather": false, // Heather is a name too
		"mary":    false, "paris": false, "": false, "zorblax": false,
	} {
		if got := e.DictionaryWord(norm); got != want {
			t.Errorf("DictionaryWord(%q) = %v, want %v", norm, got, want)
		}
	}
}
