package ru

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
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

// TestDictionaryWordsList checks that the list is sorted, as its
// generator writes it, and the search against a set of its lines: every
// line is found, and so is no near miss that is not one.
func TestDictionaryWordsList(t *testing.T) {
	lines := lang.NewSortedWords(commonWordsText).Words()
	if len(lines) < 100000 || !slices.IsSorted(lines) {
		t.Fatalf("common_words.txt: %d lines, sorted %v", len(lines), slices.IsSorted(lines))
	}
	set := make(map[string]bool, len(lines))
	for _, w := range lines {
		set[w] = true
	}
	for _, w := range lines {
		if !dictionaryWords.Has(w) {
			t.Fatalf("%q not found", w)
		}
		for _, other := range []string{w + "ъ", w[:len(w)-1], "0" + w} {
			if got := dictionaryWords.Has(other); got != set[other] {
				t.Fatalf("Has(%q) = %v, want %v", other, got, set[other])
			}
		}
	}
}

// TestDictionaryWordsIndex checks that data/common_words.idx is the table
// of data/common_words.txt (lang.IndexedWordsSlots); with -update it
// writes it (go generate).
func TestDictionaryWordsIndex(t *testing.T) {
	want := lang.IndexedWordsSlots(commonWordsText)
	if *update {
		if err := os.WriteFile("data/common_words.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(commonWordsIndex), want) {
		t.Fatal("data/common_words.idx is not the table of data/common_words.txt: run go generate ./lang/ru")
	}
}
