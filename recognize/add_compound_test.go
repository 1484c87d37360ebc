package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestAddCompoundHeads checks which one-word compounds become
// organizations.
func TestAddCompoundHeads(t *testing.T) {
	tests := []struct {
		lang, text string
		held       string // a mention already holds these words
		heldType   annotation.Type
		want       string // the organizations after the rule
	}{
		{"ru", "Решение принял Евросоюз вчера .", "", "", "Евросоюз"},
		{"ru", "Решение приняла Еврокомиссия вчера .", "Еврокомиссия", annotation.Person, "Еврокомиссия"},
		{"ru", "Он выступил на заседании Генассамблеи ООН .", "ООН", annotation.Organization, "Генассамблеи ООН"},
		{"ru", "Он выступил в Генассамблее ООН в субботу .", "", "", "Генассамблее ООН"}, // the acronym no mention holds
		{"ru", "Законопроект внесли в Госсовет 5 мая .", "", "", "Госсовет"},             // a number is no acronym
		{"ru", "Он выступил в Генассамблее . ООН ответила .", "", "", "Генассамблее"},    // not a word after it
		{"ru", "Он поехал в Европу вчера .", "Европу", annotation.Location, ""},
		{"ru", "Вчера генерал выступил .", "", "", ""},
		{"ru", "Решение принял евросоюз вчера .", "", "", ""}, // no capital
		{"tr", "Kararı Avrupa Birliği verdi .", "", "", ""},   // no OrganizationNameForms
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		if tc.held != "" {
			start := strings.Index(tc.text, tc.held)
			f, last, ok := doc.TokenRange(start, start+len(tc.held))
			if !ok {
				t.Fatalf("%q not on token boundaries", tc.held)
			}
			ents = append(ents, doc.Mention(f, last, tc.heldType, 0.9, "model"))
		}
		var got []string
		for _, e := range addCompoundHeads(doc, ents, l, gazetteer.Default(), wordCasesOf(doc.Tokens)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %+v breaks the offsets", tc.text, e)
			}
			if e.Type == annotation.Organization {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: organizations %q, want %q", tc.text, got, tc.want)
		}
	}
}
