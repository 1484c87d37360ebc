package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// alignMention is a mention of an alignTypes fixture, in text order: its
// text (the next occurrence), its type, what found it and its score.
type alignMention struct {
	text   string
	typ    annotation.Type
	source string
	score  float64
}

// TestAlignTypes checks that a name the tagger alone typed otherwise than
// a gazetteer-backed mention of the same name in the document takes the
// backed mention's type and ID, and that a mention scored as high, a
// surname joined to its person, a name two backed groups have and a
// mention in capitals keep their own.
func TestAlignTypes(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "loc:phoenix", Type: gazetteer.Location, Subtype: "city", Prior: 0.6,
			Names: map[string][]string{"en": {"Phoenix"}}},
		&gazetteer.Entry{ID: "loc:jordan", Type: gazetteer.Location, Subtype: "country", Prior: 0.95,
			Names: map[string][]string{"en": {"Jordan"}, "tr": {"Ürdün"}}},
		&gazetteer.Entry{ID: "org:phoenix", Type: gazetteer.Organization, Subtype: "company", Prior: 0.65,
			Names: map[string][]string{"en": {"Phoenix"}}})
	loc, per, org := annotation.Location, annotation.Person, annotation.Organization
	for _, tc := range []struct {
		name     string
		l        lang.Language
		text     string
		mentions []alignMention
		wantType annotation.Type // of the last mention the tagger alone found
		wantID   string
	}{
		{"a weaker person becomes the city", tr.Turkish{}, "Phoenix'teki kurum açıkladı. Phoenix'in çevresinde fırtına var.",
			[]alignMention{{"Phoenix", loc, "model+gazetteer", 0.45}, {"Phoenix", per, "model", 0.28}}, loc, "loc:phoenix"},
		{"the later backed mention decides too", en.English{}, "Phoenix said nothing. The storm hit Phoenix hard.",
			[]alignMention{{"Phoenix", per, "model", 0.30}, {"Phoenix", loc, "model+gazetteer", 0.50}}, loc, "loc:phoenix"},
		{"scored as high, it stays", en.English{}, "The storm hit Phoenix hard. Phoenix said nothing.",
			[]alignMention{{"Phoenix", loc, "model+gazetteer", 0.45}, {"Phoenix", per, "model", 0.60}}, per, "name:fnks"},
		{"a surname joined to its person", en.English{}, "Jordan signed a deal. Michael Jordan smiled. Jordan left.",
			[]alignMention{{"Jordan", loc, "model+gazetteer", 0.80}, {"Michael Jordan", per, "model", 0.90}, {"Jordan", per, "model", 0.40}},
			per, "name:jrdn-mkl"},
		{"two backed groups of the name", en.English{}, "Phoenix shares fell. The storm hit Phoenix. Phoenix said nothing.",
			[]alignMention{{"Phoenix", org, "model+gazetteer", 0.50}, {"Phoenix", loc, "model+gazetteer", 0.50}, {"Phoenix", per, "model", 0.20}},
			per, "name:fnks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gold []doctest.Gold
			off := 0
			for _, m := range tc.mentions {
				i := strings.Index(tc.text[off:], m.text)
				if i < 0 {
					t.Fatalf("no %q after byte %d", m.text, off)
				}
				gold = append(gold, doctest.Gold{Text: m.text, Type: m.typ, Start: off + i, End: off + i + len(m.text)})
				off += i + len(m.text)
			}
			doc := doctest.WithEntities(t, tc.text, gold, tc.l)
			for i, m := range tc.mentions {
				e := &doc.Entities[i]
				e.Source, e.Score = m.source, m.score
				if strings.Contains(m.source, "gazetteer") {
					for _, c := range g.Lookup(m.text, "") {
						if c.Type == string(m.typ) {
							e.ID = c.ID
						}
					}
				}
			}
			New(g).Link(doc, tc.l)
			probe := -1
			for i, m := range tc.mentions {
				if m.source == "model" {
					probe = i
				}
			}
			if e := doc.Entities[probe]; e.Type != tc.wantType || e.ID != tc.wantID {
				t.Errorf("mention %d %q: %s %s, want %s %s", probe, e.Text, e.Type, e.ID, tc.wantType, tc.wantID)
			}
			for _, e := range doc.Entities {
				if strings.Contains(e.Source, "gazetteer") && strings.HasSuffix(e.Source, "+link") {
					t.Errorf("backed mention %q retyped: %s", e.Text, e.Source)
				}
			}
		})
	}
}
