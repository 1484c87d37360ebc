package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestGroupWordsDropped checks that a lone party-member or faith word, a
// competition's name and an acronym's plural are not mentions, while the names beside them, a
// party's name that holds such a word and a league the gazetteer knows as
// a body stay.
func TestGroupWordsDropped(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words   string
		dropped []string
		kept    []string
	}{
		{"It was evident Republicans would not have the votes to approve Kavanaugh .", []string{"Republicans"}, []string{"Kavanaugh"}},
		{"Trump argued that Democrats are on a mission to resist .", []string{"Democrats"}, []string{"Trump"}},
		{"Christian and Muslim gangs battled on the streets of Ambon .", []string{"Christian", "Muslim"}, []string{"Ambon"}},
		{"Flake joined the Democratic Party in Arizona .", nil, []string{"Democratic Party", "Arizona"}},
		{"Sturridge saved Liverpool from a Premier League loss to Chelsea .", []string{"Premier League"}, []string{"Liverpool", "Chelsea"}},
		{"Rangers host Rapid Vienna in the Europa League on Thursday .", []string{"Europa League"}, nil},
		{"The Arab League met in Cairo .", nil, []string{"Arab League", "Cairo"}},
		// an acronym's plural ends no name and is none
		{"I 'm the latest in a line of Labour MPs to be told we are not welcome .", []string{"Labour MPs"}, []string{"Labour"}},
		{"The Commission favoured Welsh Parliament Members or WMPs , but the MWP option won .", []string{"WMPs"}, nil},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, e := range doc.Entities {
			have[e.Text] = true
		}
		for _, d := range tc.dropped {
			if have[d] {
				t.Errorf("%q: %q is a mention, want none", tc.words, d)
			}
		}
		for _, k := range tc.kept {
			if !have[k] {
				t.Errorf("%q: no mention of %q (have %+v)", tc.words, k, doc.Entities)
			}
		}
	}
}
