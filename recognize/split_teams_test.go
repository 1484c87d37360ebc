package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
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
		typ        annotation.Type
	}{
		{"ru", "Матч выиграла сборной США вчера .", "сборной США", "США", annotation.Location},
		{"ru", "Сборная России проиграла .", "Сборная России", "России", annotation.Location},
		{"ru", "Матч выиграла сборная Зенита вчера .", "сборная Зенита", "сборная Зенита", annotation.Organization}, // no known place
		{"ru", "Он возглавил сборник России вчера .", "сборник России", "сборник России", annotation.Organization},  // no team word
		{"tr", "Maçı ABD takımı kazandı .", "ABD takımı", "ABD takımı", annotation.Organization},                    // no TeamWords
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Organization, "")
		splitTeamWord(doc, ents, l, g)
		if e := ents[0]; e.Text != tc.want || e.Type != tc.typ || doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q: %s %q, want %s %q", tc.name, e.Type, e.Text, tc.typ, tc.want)
		}
		if tc.typ == annotation.Location && ents[0].ID == "" {
			t.Errorf("%q: no gazetteer ID", tc.want)
		}
	}
}
