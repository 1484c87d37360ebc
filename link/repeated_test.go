package link

import (
	"fmt"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/tr"
)

func TestAddRepeatedNames(t *testing.T) {
	l := tr.Turkish{}
	tests := []struct {
		name, text string
		tagged     []doctest.Gold // the tagger's mentions
		want       string         // all mentions after, "text TYPE source"
	}{
		{"a name missed in another sentence", "Kutan konuştu. Bugün Kutan geldi.",
			[]doctest.Gold{{Text: "Kutan", Type: annotation.Person, Start: 0, End: 5}},
			"[Kutan PERSON gold] [Kutan PERSON link]"},
		{"sentence-initial too", "Bugün Türk Telekom açıkladı. Türk Telekom zam yaptı.",
			[]doctest.Gold{{Text: "Türk Telekom", Type: annotation.Organization, Start: 7, End: 20}},
			"[Türk Telekom ORGANIZATION gold] [Türk Telekom ORGANIZATION link]"},
		{"not in lower case", "Ordu şehri güzel. Büyük bir ordu geldi.",
			[]doctest.Gold{{Text: "Ordu", Type: annotation.Location, Start: 0, End: 4}},
			"[Ordu LOCATION gold]"},
		{"not inside a longer name", "Kaya konuştu. Ali Kaya Holding büyüdü.",
			[]doctest.Gold{{Text: "Kaya", Type: annotation.Person, Start: 0, End: 4}},
			"[Kaya PERSON gold]"},
		{"not a name tagged with two types", "Ordu kazandı. Ordu ili. Ordu bugün.",
			[]doctest.Gold{{Text: "Ordu", Type: annotation.Organization, Start: 0, End: 4}, {Text: "Ordu", Type: annotation.Location, Start: 15, End: 19}},
			"[Ordu ORGANIZATION gold] [Ordu LOCATION gold]"},
	}
	for _, tt := range tests {
		doc := doctest.WithEntities(t, tt.text, tt.tagged, l)
		addRepeatedNames(doc, l, noteTokens(doc).capitals, nil)
		got := ""
		for _, e := range doc.Entities {
			if got != "" {
				got += " "
			}
			got += fmt.Sprintf("[%s %s %s]", e.Text, e.Type, e.Source)
		}
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
