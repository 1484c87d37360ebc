package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestEnglishCommonAcronyms checks that an English acronym of a common
// noun is no mention and that a body's acronym stays one.
func TestEnglishCommonAcronyms(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words, name string
		want        bool
	}{
		{"I have hundreds of VHS movies lying around ... what should I do with them ?", "VHS", false},
		{"Ever since the first whispers about Google 's IPO , most investors have feared that the stock would be overvalued .", "IPO", false},
		{"NATO said on Monday that it would send more troops .", "NATO", true},
	} {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			found = found || e.Text == tc.name
		}
		if found != tc.want {
			t.Errorf("%q in %q: found %v, want %v", tc.name, tc.words, found, tc.want)
		}
	}
}
