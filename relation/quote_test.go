package relation_test

import (
	"context"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/relation"
)

// A quotation that closes its paragraph is not given to the speaker who
// opens the next one; in one paragraph the speaker after it is its own.
func TestQuoteClosingParagraph(t *testing.T) {
	l := en.English{}
	for _, c := range []struct {
		text  string
		quote string // the words said of Ann Lee's SAYS
	}{
		{"The club called the plan \"a disgrace.\"\nAnn Lee, its chairwoman, said: \"We will fight it.\"", "We will fight it"},
		{"\"We will fight it,\" Ann Lee, its chairwoman, said.", "We will fight it"},
	} {
		doc := mentionDoc(l, c.text, "Ann Lee", "PERSON")
		var quotes []string
		for _, r := range relation.Extract(context.Background(), doc, l) {
			if r.Type == annotation.Says {
				quotes = append(quotes, c.text[r.QuoteStart:r.QuoteEnd])
			}
		}
		if len(quotes) != 1 || quotes[0] != c.quote {
			t.Errorf("%q: SAYS quotes %q, want [%q]", c.text, quotes, c.quote)
		}
	}
}
