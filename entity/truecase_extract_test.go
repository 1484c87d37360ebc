package entity_test

import (
	"testing"
)

// TestTruecaseOffsets checks the offset invariant on documents with
// headlines in capitals: every token and entity keeps the input's text at
// its offsets, and the headline's names are found in their capitals.
func TestTruecaseOffsets(t *testing.T) {
	tests := []struct {
		code, text string
		want       []string // entities "TYPE text" the document must hold
	}{
		{"en", "SOCCER - LEEDS BEAT CHELSEA IN LONDON\n\nLeeds won 2-1 at Stamford Bridge on Sunday.",
			[]string{"ORGANIZATION LEEDS", "ORGANIZATION CHELSEA", "LOCATION LONDON"}},
		{"en", "OIL PRICES FALL AS OPEC MEETS IN VIENNA", []string{"ORGANIZATION OPEC", "LOCATION VIENNA"}},
		{"tr", "KIRIKKALE'DE YAĞMUR VE DOLU ETKİLİ OLDU", []string{"LOCATION KIRIKKALE"}},
		{"tr", "İSTANBUL'DA MERKEZ BANKASI FAİZLERİ İNDİRDİ", []string{"LOCATION İSTANBUL", "ORGANIZATION MERKEZ BANKASI"}},
	}
	for _, tc := range tests {
		doc := extractChecked(t, tc.code, tc.text)
		checkHolds(t, doc, tc.want)
	}
}

// TestTruecaseOddInput checks that odd text in capitals keeps every token
// and entity at its input's text: lone apostrophes and suffixes, letters
// whose lower case is longer or shorter (İ, ẞ), invalid UTF-8.
func TestTruecaseOddInput(t *testing.T) {
	for _, tc := range []struct{ code, text string }{
		{"en", "' ' 'S 'S ' ABC"},
		{"tr", "İİİ III 'DA 'NIN ’İN ABD'YE"},
		{"en", "STRAẞE ǅUNGLE İSTANBUL ΣΟΦΙΑ NEWS"},
		{"en", "BAD \xff\xfe BYTES IN \xc3 A HEADLINE"},
		{"tr", "A B C D E F G"},
		{"en", "U.S. - U.K. - E.U. TALKS"},
	} {
		extractChecked(t, tc.code, tc.text)
	}
}
