package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestDropThingsNamedElsewhere checks which mentions a kind of thing
// before the same word elsewhere in the document removes.
func TestDropThingsNamedElsewhere(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of the one-word PERSON mentions already found
		want       string // the mentions kept, "|"-separated
	}{
		{"Hurricane Rosa is weakening. Rosa will bring rain. Rosa had winds.", "Rosa", ""},
		{"Rosa will bring rain. It became Tropical Storm Rosa on Monday.", "Rosa", ""}, // named after
		{"The National Hurricane Center said Rosa will bring rain.", "Rosa", "Rosa"},   // a longer name
		{"Rosa will bring rain. Nobody named a storm.", "Rosa", "Rosa"},                // no thing named
		{"Hurricane Rosa is weakening. Rosa Parks is remembered.", "Parks", "Parks"},   // another word
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, annotation.Person)
		var got []string
		for _, e := range dropThingsNamedElsewhere(doc, ents, l, wordCasesOf(doc.Tokens)) {
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}
