package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestAddStreetNames checks which words with a street's ending become or
// are added as places.
func TestAddStreetNames(t *testing.T) {
	tests := []struct {
		lang, text, held string // held: a word the tagger found, as a person
		want             string // the mentions after the rule, type and text, joined by |
	}{
		{"ru", "Тело нашли на Джон-стрит утром .", "", "LOC Джон-стрит"},
		{"ru", "Авария случилась у Эвелин-стрит вечером .", "Эвелин-стрит", "LOC Эвелин-стрит"},
		{"ru", "Митинг прошел на Трафальгар-сквер .", "", "LOC Трафальгар-сквер"},
		{"ru", "Он заехал на пит-лейн .", "", ""},         // lower case
		{"ru", "Его звали Стрит .", "Стрит", "PER Стрит"}, // no name before the ending
		{"en", "They met on John-street today .", "", ""}, // no PlaceNameEndings
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Person)
		var got []string
		for _, e := range addStreetNames(doc, ents, l, wordCasesOf(doc.Tokens)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			got = append(got, string(e.Type[:3])+" "+e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
