package ru

import (
	"slices"
	"strings"
	"testing"
)

func TestDictionaryWord(t *testing.T) {
	for w, want := range map[string]bool{
		"авария": true, "цунами": true, "пара": true, "гол": true,
		"ученый": true, "летчик": true, "самолет": true, // hunspell writes them with ё
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

// TestInSortedLines checks the search over the list's bytes against a set
// of its lines: every line is found, and so is no word that is not one.
func TestInSortedLines(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(dictionaryLines, "\n"), "\n")
	if !slices.IsSorted(lines) {
		t.Fatal("common_words.txt is not sorted")
	}
	set := make(map[string]bool, len(lines))
	for _, w := range lines {
		set[w] = true
	}
	for _, w := range lines {
		if !inSortedLines(dictionaryLines, w) {
			t.Fatalf("%q not found", w)
		}
		for _, other := range []string{w + "ъ", w[:len(w)-1], "0" + w} {
			if got := inSortedLines(dictionaryLines, other); got != set[other] {
				t.Fatalf("inSortedLines(%q) = %v, want %v", other, got, set[other])
			}
		}
	}
	for _, s := range []string{"", "б\n", "а\nб", "а\nб\nв\n"} {
		for _, w := range []string{"а", "б", "в", "г", ""} {
			want := slices.Contains(strings.Split(strings.TrimSuffix(s, "\n"), "\n"), w) && s != ""
			if got := inSortedLines(s, w); got != want {
				t.Errorf("inSortedLines(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
