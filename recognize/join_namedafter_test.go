package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestJoinNamedAfter checks which organizations take the name after
// имени.
func TestJoinNamedAfter(t *testing.T) {
	g := gazetteer.Default()
	type m struct {
		name string
		typ  annotation.Type
		id   string
	}
	tests := []struct {
		lang, text string
		ments      []m
		want       string // the mentions after the rule, joined by |
	}{
		{"ru", "Спектакль Музыкального театра имени Станиславского идет .",
			[]m{{"Музыкального театра", annotation.Organization, ""}, {"Станиславского", annotation.Location, ""}}, "Музыкального театра имени Станиславского"},
		{"ru", "Председатель Общества памяти Кромвеля заявил .",
			[]m{{"Общества памяти", annotation.Organization, ""}, {"Кромвеля", annotation.Person, ""}}, "Общества памяти|Кромвеля"}, // памяти: in memory of
		{"ru", "Посол Общества в память Кромвеля заявил .",
			[]m{{"Общества", annotation.Organization, ""}, {"Кромвеля", annotation.Person, ""}}, "Общества|Кромвеля"}, // no имени or памяти
		{"ru", "Фонд Газпрома имени Кромвеля .",
			[]m{{"Фонд", annotation.Organization, ""}, {"Газпрома", annotation.Organization, ""}}, "Фонд|Газпрома"}, // not a person or place
		{"ru", "Штаб армии имени России .",
			[]m{{"Штаб армии", annotation.Organization, ""}, {"России", annotation.Location, "Q159"}}, "Штаб армии|России"}, // a country
		{"en", "The Theatre named Stanislavsky .",
			[]m{{"Theatre", annotation.Organization, ""}, {"Stanislavsky", annotation.Person, ""}}, "Theatre|Stanislavsky"}, // no OrganizationNamedAfter
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		for _, x := range tc.ments {
			start := strings.Index(tc.text, x.name)
			first, last, ok := doc.TokenRange(start, start+len(x.name))
			if !ok {
				t.Fatalf("%q not on token boundaries", x.name)
			}
			e := doc.Mention(first, last, x.typ, 0.9, "model")
			e.ID = x.id
			ents = append(ents, e)
		}
		var got []string
		for _, e := range joinNamedAfter(doc, ents, l, g) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %q is not its span", tc.text, e.Text)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
