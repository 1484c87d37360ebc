package entity_test

import (
	"strings"
	"testing"
)

// TestPlaceRegionAndInvertedNameOddInput runs the whole pipeline, on text
// written for the test, over the spans splitPlaceRegion and
// joinInvertedNames rewrite, with odd bytes and letters beside them:
// every token and entity keeps its input's text at its offsets, and the
// rules still split a town off its region and join a header's inverted
// name where the odd bytes leave the words whole.
func TestPlaceRegionAndInvertedNameOddInput(t *testing.T) {
	long := strings.Repeat("we drove from lyon france to nice france and back ", 400)
	for _, tc := range []struct {
		code, text string
		want       []string // entities "TYPE text" the document must hold
	}{
		{"en", "we stayed in lyon france \xff\xfe for a week", []string{"LOCATION lyon", "LOCATION france"}},
		{"en", "we stayed in lyon\x00 france for a week", nil},
		{"en", "the cafe\u0301 in lyon france was full", []string{"LOCATION lyon", "LOCATION france"}},
		{"en", "we met in i\u0307stanbul turkey and izmir turkey", nil},
		{"en", long, []string{"LOCATION lyon", "LOCATION france"}},
		{"en", "From: \"Kowalczyk, Daniel\" <dk@example.com>", []string{"PERSON Kowalczyk, Daniel"}},
		{"en", "From: \"Kowalczyk, Daniel\"\nTo: \"Brennan, Dale\"\n", []string{"PERSON Kowalczyk, Daniel", "PERSON Brennan, Dale"}},
		{"en", "From: \"Kowalczyk,\x00 Daniel\" <\xff>", nil},
		{"en", "\" , \" \"\" ,, \"", nil},
		{"tr", "Gönderen: \"İnce, İlker\" <ii@example.com>", nil},
		{"tr", "dün ıspartada ve iğdır türkiye'de yağmur yağdı", nil},
		{"ru", "От кого: \"Иванов, Пётр\" <pi@example.com>", nil},
	} {
		doc := extractChecked(t, tc.code, tc.text)
		checkHolds(t, doc, tc.want)
	}
}
