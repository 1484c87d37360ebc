package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestRetypeForeignSurnames checks which one-word organization and place
// mentions the tagger alone found become people by their word.
func TestRetypeForeignSurnames(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string
		typ        annotation.Type
		source, id string
		want       annotation.Type
	}{
		{"tr", "Gallagher'ın ofisi açıklama yaptı .", "Gallagher", annotation.Organization, "model", "", annotation.Person},
		{"tr", "Komite Donovan'a onay verdi .", "Donovan", annotation.Location, "model", "", annotation.Person},
		{"tr", "Dün Gallagher'da toplandılar .", "Gallagher", annotation.Location, "model", "", annotation.Location},                          // a locative: a place where it stands
		{"tr", "Donovan Kulübü kazandı .", "Donovan", annotation.Organization, "model", "", annotation.Organization},                          // a body's head noun after it
		{"tr", "Senato'da oylama yapıldı .", "Senato", annotation.Organization, "model", "", annotation.Organization},                         // a Turkish word
		{"tr", "Phoenix'e yağmur yağdı .", "Phoenix", annotation.Location, "model", "", annotation.Location},                                  // a place
		{"tr", "Gallagher'ın ofisi açıklama yaptı .", "Gallagher", annotation.Organization, "model+gazetteer", "Q1", annotation.Organization}, // the gazetteer's
		{"tr", "Gallagher'ın ofisi açıklama yaptı .", "Gallagher", annotation.Organization, "rule", "", annotation.Organization},              // a rule's verdict
		{"tr", "GALLAGHER açıklama yaptı .", "GALLAGHER", annotation.Organization, "model", "", annotation.Organization},                      // capitals: an acronym
		{"en", "Gallagher 's office said so .", "Gallagher", annotation.Organization, "model", "", annotation.Organization},                   // no list: the model knows the surnames
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, tc.id)
		ents[0].Source = tc.source
		retypeForeignSurnames(doc, ents, l)
		if ents[0].Type != tc.want {
			t.Errorf("%q in %q (%s): %s, want %s", tc.name, tc.text, tc.source, ents[0].Type, tc.want)
		}
	}
}
