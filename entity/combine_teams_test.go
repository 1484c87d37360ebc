package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestSplitTeamWord checks which organizations' mentions lose their team
// word to the place after it.
func TestSplitTeamWord(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		name       string // the organization's mention
		want       string
		typ        Type
	}{
		{"ru", "Матч выиграла сборной США вчера .", "сборной США", "США", Location},
		{"ru", "Сборная России проиграла .", "Сборная России", "России", Location},
		{"ru", "Матч выиграла сборная Зенита вчера .", "сборная Зенита", "сборная Зенита", Organization}, // no known place
		{"ru", "Он возглавил сборник России вчера .", "сборник России", "сборник России", Organization},  // no team word
		{"tr", "Maçı ABD takımı kazandı .", "ABD takımı", "ABD takımı", Organization},                    // no TeamWords
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, Organization, "")
		splitTeamWord(doc, ents, l, g)
		if e := ents[0]; e.Text != tc.want || e.Type != tc.typ || doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q: %s %q, want %s %q", tc.name, e.Type, e.Text, tc.typ, tc.want)
		}
		if tc.typ == Location && ents[0].ID == "" {
			t.Errorf("%q: no gazetteer ID", tc.want)
		}
	}
}
