package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestCompleteLists checks that the names the tagger missed in a list of
// three or more whose mentions are organizations become organizations,
// and that lists of people, lists without a final coordinating word,
// days' names and words opening a sentence are left alone (no rule makes
// a mention of them).
func TestCompleteLists(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		orgs  []string // organizations wanted
		not   []string // texts no mention may have
	}{
		{"It competes with Boots , Superdrug and Debenhams Ltd in beauty .", []string{"Boots", "Superdrug", "Debenhams Ltd"}, nil},
		{"Existing ranges from L'Oreal , Maybelline and Burt 's Bees will get more space .", nil, []string{"L'Oreal", "Maybelline"}},
		{"It signed deals with Apple Inc , Google Inc , Microsoft Corp , Zorblax .", nil, []string{"Zorblax"}},
		{"It signed deals with Apple Inc , Google Inc , Monday and Microsoft Corp .", nil, []string{"Monday"}},
		{"Sales rose . Zorblax , Apple Inc and Google Inc fell .", nil, []string{"Zorblax"}},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		types := map[string]entity.Type{}
		sources := map[string]string{}
		for _, e := range doc.Entities {
			types[e.Text], sources[e.Text] = e.Type, e.Source
		}
		for _, o := range tc.orgs {
			if types[o] != entity.Organization {
				t.Errorf("%q: %q is %q, want an organization", tc.words, o, types[o])
			}
		}
		for _, n := range tc.not {
			// The tagger may find the name (the model of December 5,
			// enewt3, finds L'Oreal and Maybelline); the rule must not
			// add it.
			if src, ok := sources[n]; ok && strings.Contains(src, "rule") {
				t.Errorf("%q: %q is a mention a rule made (%s), want none", tc.words, n, src)
			}
		}
	}
}
