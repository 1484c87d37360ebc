package link

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/tr"
)

// repeatedCases are addRepeatedNames's cases, on Turkish text.
var repeatedCases = []struct {
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

func TestAddRepeatedNames(t *testing.T) {
	for _, tt := range repeatedCases {
		if got := repeatedMentions(t, tt.text, tt.tagged); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestRepeatedScratchReused runs the cases after documents that leave
// addRepeatedNames's pooled scratch used: one of a few names, and one of
// more than maxPooledNames (whose scratch is not pooled). No name of an
// earlier document may reach a later one.
func TestRepeatedScratchReused(t *testing.T) {
	for _, n := range []int{0, 3, maxPooledNames + 50} {
		var text strings.Builder
		var tagged []doctest.Gold
		for i := range n {
			name := fmt.Sprintf("Kutan%c%c", 'a'+i%26, 'a'+i/26)
			tagged = append(tagged, doctest.Gold{Text: name, Type: annotation.Person, Start: text.Len(), End: text.Len() + len(name)})
			text.WriteString(name + " konuştu. Bugün " + name + " geldi. ")
		}
		if got := repeatedMentions(t, text.String(), tagged); strings.Count(got, " link]") != n {
			t.Errorf("%d names: %d repeated, want %d", n, strings.Count(got, " link]"), n)
		}
		for _, tt := range repeatedCases {
			if got := repeatedMentions(t, tt.text, tt.tagged); got != tt.want {
				t.Errorf("after %d names, %s:\n got %s\nwant %s", n, tt.name, got, tt.want)
			}
		}
	}
}

// repeatedMentions returns the mentions of the Turkish text with the
// tagger's mentions tagged, after addRepeatedNames: "[text TYPE source]"
// each, in order.
func repeatedMentions(t *testing.T, text string, tagged []doctest.Gold) string {
	l := tr.Turkish{}
	doc := doctest.WithEntities(t, text, tagged, l)
	noted := noteTokens(doc)
	defer noted.release()
	addRepeatedNames(doc, l, noted.capitals, nil)
	got := ""
	for _, e := range doc.Entities {
		if got != "" {
			got += " "
		}
		got += fmt.Sprintf("[%s %s %s]", e.Text, e.Type, e.Source)
	}
	return got
}
