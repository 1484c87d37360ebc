package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestSpreadOrganizationForms checks when an organization's mention
// retypes another mention of the same name in another case.
func TestSpreadOrganizationForms(t *testing.T) {
	g := gazetteer.Default()
	const text = "Он сказал «Голоса Америки» . Голос Америки : спасибо ."
	tests := []struct {
		orgScore, locScore float64
		orgName, locName   string
		want               annotation.Type
	}{
		{0.9, 0.5, "Голоса Америки", "Голос Америки", annotation.Organization},
		{0.3, 0.5, "Голоса Америки", "Голос Америки", annotation.Location}, // the place is the surer reading
		{0.9, 0.5, "Америки", "Голос Америки", annotation.Location},        // a one-word organization
		{0.9, 0.5, "Голоса Америки", "Америки", annotation.Location},       // one word against two
	}
	l, _ := lang.Get("ru")
	for _, tc := range tests {
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		mention := func(name string, from int, typ annotation.Type, score float64) annotation.Entity {
			start := from + strings.Index(text[from:], name)
			f, last, ok := doc.TokenRange(start, start+len(name))
			if !ok {
				t.Fatalf("%q not on token boundaries", name)
			}
			return doc.Mention(f, last, typ, score, "model")
		}
		second := strings.Index(text, ":") - len("Голос Америки ")
		ents := []annotation.Entity{mention(tc.orgName, 0, annotation.Organization, tc.orgScore), mention(tc.locName, second, annotation.Location, tc.locScore)}
		spreadOrganizationForms(doc, ents, l, g)
		if ents[1].Type != tc.want {
			t.Errorf("%q (%v) after %q (%v): %s, want %s", tc.locName, tc.locScore, tc.orgName, tc.orgScore, ents[1].Type, tc.want)
		}
	}
}

// TestSameLengthCandidate checks the gate of spreadOrganizationForms
// against the pairs it stands for: a person's or place's mention and an
// organization's of as many words, two or more.
func TestSameLengthCandidate(t *testing.T) {
	m := func(typ annotation.Type, words int) annotation.Entity {
		return annotation.Entity{Type: typ, First: 10, Last: 10 + words}
	}
	org, per, loc, misc := annotation.Organization, annotation.Person, annotation.Location, annotation.Type("MISC")
	tests := []struct {
		name string
		ents []annotation.Entity
		want bool
	}{
		{"none", nil, false},
		{"one-word pair", []annotation.Entity{m(org, 1), m(per, 1)}, false},
		{"person and organization", []annotation.Entity{m(per, 2), m(org, 2)}, true},
		{"place and organization", []annotation.Entity{m(org, 3), m(loc, 3)}, true},
		{"lengths apart", []annotation.Entity{m(org, 2), m(per, 3), m(loc, 4)}, false},
		{"organizations only", []annotation.Entity{m(org, 2), m(org, 2)}, false},
		{"people only", []annotation.Entity{m(per, 2), m(loc, 2)}, false},
		{"another type", []annotation.Entity{m(org, 2), m(misc, 2)}, false},
		{"long", []annotation.Entity{m(org, 80), m(per, 80)}, true},
		{"past 62 words, lengths not told apart", []annotation.Entity{m(org, 63), m(per, 100)}, true},
		{"empty mention", []annotation.Entity{m(org, 0), m(per, 0)}, false},
	}
	for _, tc := range tests {
		if got := sameLengthCandidate(tc.ents); got != tc.want {
			t.Errorf("%s: sameLengthCandidate = %v, want %v", tc.name, got, tc.want)
		}
	}
}
