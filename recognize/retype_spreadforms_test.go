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
