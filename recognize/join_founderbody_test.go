package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinFounderToBody checks which person and organization mentions
// become one organization.
func TestJoinFounderToBody(t *testing.T) {
	tests := []struct {
		text string
		ents [][4]int // first, last token, type (0 person, 2 organization), 1 if the gazetteer knows it
		want string   // the mentions after, "text/TYPE" joined by "|"
	}{
		{"Ayşe Kaya Dance Group kuruldu", [][4]int{{0, 2, 0, 0}, {2, 4, 2, 0}}, "Ayşe Kaya Dance Group/ORGANIZATION"},
		{"Ali Kaya Film Company 'nin", [][4]int{{0, 2, 0, 0}, {2, 4, 2, 0}}, "Ali Kaya Film Company/ORGANIZATION"},
		{"Ali Kaya Devlet Su İşleri", [][4]int{{0, 2, 0, 0}, {2, 5, 2, 0}}, "Ali Kaya/PERSON|Devlet Su İşleri/ORGANIZATION"}, // a public body
		{"Ali Kaya Dance Group", [][4]int{{0, 2, 0, 1}, {2, 4, 2, 0}}, "Ali Kaya/PERSON|Dance Group/ORGANIZATION"},           // a known person
		{"Ali Kaya , Dance Group", [][4]int{{0, 2, 0, 0}, {3, 5, 2, 0}}, "Ali Kaya/PERSON|Dance Group/ORGANIZATION"},         // not adjacent
		{"Ali Kaya Group", [][4]int{{0, 2, 0, 0}, {2, 3, 2, 0}}, "Ali Kaya/PERSON|Group/ORGANIZATION"},                       // the head alone
	}
	types := []annotation.Type{annotation.Person, annotation.Location, annotation.Organization}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		for _, e := range tc.ents {
			m := doc.Mention(e[0], e[1], types[e[2]], 0.5, "model")
			if e[3] == 1 {
				m.ID = "Q1"
			}
			ents = append(ents, m)
		}
		got, _ := joinFounderToBody(doc, ents, l)
		var out []string
		for _, e := range got {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.text, e.Text)
			}
			out = append(out, e.Text+"/"+string(e.Type))
		}
		if s := strings.Join(out, "|"); s != tc.want {
			t.Errorf("%s: got %s, want %s", tc.text, s, tc.want)
		}
	}
}
