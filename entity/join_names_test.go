package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestNameBoundaries checks hyphenated first names joined and origin words
// (Liverpoollu) left out of person names, on the whole pipeline.
func TestNameBoundaries(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words   string
		want    string // a person mention
		notWant string // a text no mention may have
	}{
		{"New York 'ta Deborra - Lee Furness ve Hugh Jackman görüldü .", "Deborra - Lee Furness", "Lee Furness"},
		{"İzle : Liverpoollu Daniel Sturridge , Chelsea karşısında gol attı .", "Daniel Sturridge", "Liverpoollu Daniel Sturridge"},
		{"Clinton - Lewinsky davasıyla ilgili bilgiler açıklandı .", "", "Clinton - Lewinsky"},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "tr", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, e := range doc.Entities {
			texts = append(texts, e.Text)
			if e.Text == tc.want && e.Type != entity.Person {
				t.Errorf("%q: %q is %s", tc.words, e.Text, e.Type)
			}
		}
		if tc.want != "" && !slices.Contains(texts, tc.want) {
			t.Errorf("%q: no mention %q (have %q)", tc.words, tc.want, texts)
		}
		if slices.Contains(texts, tc.notWant) {
			t.Errorf("%q: mention %q", tc.words, tc.notWant)
		}
	}
}
