package ru

import "testing"

func TestDictionaryWord(t *testing.T) {
	for w, want := range map[string]bool{
		"авария": true, "цунами": true, "пара": true, "гол": true,
		"аварии":  false, // only the citation form is listed
		"москва":  false, // the dictionary writes it with a capital
		"вера":    false, // a given name (natasha's first names)
		"ли":      false, // WikiNER writes it as a name (Брюс Ли) a quarter of the times
		"кит":     false, // (Кит Ричардс)
		"иванов":  false,
		"":        false,
		"zzzzzzz": false,
	} {
		if got := (Russian{}).DictionaryWord(w); got != want {
			t.Errorf("DictionaryWord(%q) = %v, want %v", w, got, want)
		}
	}
}
