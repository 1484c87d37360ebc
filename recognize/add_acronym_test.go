package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestAddBracketAcronyms checks which bracketed words after a mention
// become organizations.
func TestAddBracketAcronyms(t *testing.T) {
	tests := []struct {
		words     string // the mention is tokens 0 and 1
		typ       annotation.Type
		held      bool // a mention already holds token 3
		want      string
		mentioned int
	}{
		{"İşçi Partisi ( İP ) yönetimi", annotation.Organization, false, "İP", 2},
		{"İşçi Partisi [ İP ] yönetimi", annotation.Organization, false, "İP", 2},
		{"İşçi Partisi ( TÜMTİS ) yönetimi", annotation.Organization, false, "TÜMTİS", 2},
		{"İşçi Partisi ( İP ) yönetimi", annotation.Person, false, "", 1},      // organizations only
		{"İşçi Partisi ( İP ) yönetimi", annotation.Organization, true, "", 2}, // already a mention
		{"İşçi Partisi ( Ankara ) yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( YouGov ) yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( İP yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( 1998 ) yönetimi", annotation.Organization, false, "", 1},
	}
	for _, tc := range tests {
		doc := &annotation.Document{}
		for _, w := range strings.Fields(tc.words) {
			if doc.Text != "" {
				doc.Text += " "
			}
			doc.Tokens = append(doc.Tokens, lang.Token{Text: w, Start: len(doc.Text), End: len(doc.Text) + len(w)})
			doc.Text += w
		}
		ents := []annotation.Entity{doc.Mention(0, 2, tc.typ, 0.5, "model")}
		if tc.held {
			ents = append(ents, doc.Mention(3, 4, annotation.Location, 0.5, "model"))
		}
		got := addBracketAcronyms(doc, ents)
		if len(got) != tc.mentioned {
			t.Errorf("%q: %d mentions, want %d", tc.words, len(got), tc.mentioned)
			continue
		}
		if tc.want != "" && (got[1].Text != tc.want || got[1].Type != annotation.Organization || got[1].Source != "rule") {
			t.Errorf("%q: added %+v, want the organization %q", tc.words, got[1], tc.want)
		}
	}
}
