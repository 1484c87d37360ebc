package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPossessiveHeads checks that a name the gazetteer does not know, its
// possessive and a capitalized head noun make one mention typed by the
// head, and that a body after a possessive and a known place's possessive
// stay apart.
func TestPossessiveHeads(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		name  string
		want  entity.Type
	}{
		{"The boy was airlifted to Rady Children 's Hospital in San Diego .", "Rady Children 's Hospital", entity.Organization},
		{"The attack occurred just before 7 a.m. near Beacon 's Beach in Encinitas .", "Beacon 's Beach", entity.Location},
		{"Britain 's Parliament voted on Tuesday .", "Britain", entity.Location},
		{"Police took him to Glasgow 's Hospital .", "Glasgow", entity.Location},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: entity text %q is not its span %q", tc.words, e.Text, doc.Text[e.Start:e.End])
			}
			if e.Text == tc.name {
				found = true
				if e.Type != tc.want {
					t.Errorf("%q in %q: %s, want %s", e.Text, tc.words, e.Type, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}
