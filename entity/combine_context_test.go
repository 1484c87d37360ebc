package entity_test

import (
	"context"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestOrganizationContext checks that a word after a name that marks an
// organization's team or company retypes the name, but not a country's.
func TestOrganizationContext(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		name  string
		want  entity.Type
	}{
		{[]string{"Aguero", ",", "Brighton", "savunmasını", "geçerek", "gol", "attı", "."}, "Brighton", entity.Organization},
		{[]string{"Bu", "ilaç", "Organon", "firması", "tarafından", "üretildi", "."}, "Organon", entity.Organization},
		{[]string{"Güney", "Kore", "firması", "fabrika", "açtı", "."}, "Güney Kore", entity.Location},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "tr", [][]string{tc.words})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Text == tc.name {
				found = true
				if e.Type != tc.want {
					t.Errorf("%q in %q: %s, want %s", e.Text, tc.words, e.Type, tc.want)
				}
				if e.ID == "" {
					t.Errorf("%q: no ID", e.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}
