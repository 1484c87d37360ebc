package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestTeamsAfterJoinWords checks which words before a name make it the
// team a player belongs to (sentences written for the test).
func TestTeamsAfterJoinWords(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"He played for L=[Dunmore] for six seasons .", "ORG Dunmore"},
		{"She scored 40 goals in 80 games for L=[Kelso] .", "ORG Kelso"},
		{"Reid was traded to the P=[Carlow Herons] in May .", "ORG Carlow Herons"},
		{"He joined on loan from L=[Kelso] .", "ORG Kelso"},
		{"He coached L=[North Dunmore] for a decade .", "ORG North Dunmore"},
		{"He played for the L=[Kelso] , L=[Dunmore] and P=[Carlow Herons] .", "ORG Kelso|ORG Dunmore|ORG Carlow Herons"},
		{"He played for L=[Brazil]@Q155 at the World Cup .", "LOC Brazil"}, // a national side is the place
		{"She played for P=[Barack Obama]@Q76 at the White House .", "PER Barack Obama"},
		{"They played for P=[Paul McCartney] at his party .", "PER Paul McCartney"}, // a given name first: a person
		{"It is a good sign for P=[Morrisey] .", "PER Morrisey"},                    // a noun, not the verb
		{"The unit was transferred to L=[Dunmore] .", "LOC Dunmore"},                // a unit moves to a town
		{"He played with P=[Ann Reid] in a trio .", "PER Ann Reid"},                 // musicians play with each other
		{"He played for L=[Kelso] before moving to L=[Dunmore] .", "ORG Kelso|LOC Dunmore"},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		teamsAfterJoinWords(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
