package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestMediaBeforeReports checks which mentions a report's phrase after
// them makes organizations (sentences written for the test).
func TestMediaBeforeReports(t *testing.T) {
	tests := []struct {
		words, id, want string
	}{
		{"[Hill] 'de yer alan habere göre", "", "ORG Hill"},
		{"[Daily Bugle] 'da yayımlanan makalede", "", "ORG Daily Bugle"},
		{"[Hill] 'de yer alan habere göre", "Q1", "PER Hill"}, // the gazetteer's person
		{"[Londra] 'da yer alan bir otel", "", "PER Londra"},  // no report's noun
		{"[Hill] 'in yer alan habere göre", "", "PER Hill"},   // no locative
		{"[Hill] yer alan habere göre", "", "PER Hill"},       // no suffix
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := givenMentionDoc(tc.words, l, annotation.Person)
		ents[0].ID = tc.id
		mediaBeforeReports(doc, ents, l, nil)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}
