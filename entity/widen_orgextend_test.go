package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestExtendOrgNames checks that an organization mention goes on over a
// preposition after its head and the capitalized words after it, and over
// "and" and capitalized words in a name that holds a preposition, but not
// over a day's name.
func TestExtendOrgNames(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		name  string
	}{
		{"U.S. legislation sought to create a National Security Commission on Artificial Intelligence last year .", "National Security Commission on Artificial Intelligence"},
		{"A survey by the UK Commission for Employment and Skills in 2014 found that .", "UK Commission for Employment and Skills"},
		{"The complaint was filed with the United States Department of Housing and Urban Development .", "United States Department of Housing and Urban Development"},
		{"Mike Pompeo told the U.N. Security Council on Thursday that sanctions must continue .", "U.N. Security Council"},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "en", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Text == tc.name && e.Type == entity.Organization {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organization %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}
