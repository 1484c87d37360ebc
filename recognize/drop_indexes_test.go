package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropIndexes checks which mentions the index word shows to name a
// stock market index, and so are dropped, known to the gazetteer or not.
func TestDropIndexes(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		kept  bool
	}{
		{"[BIST] 100 endeksi yükseldi", annotation.Organization, "varlik:org:borsa-istanbul", false}, // a number between
		{"[Nasdaq] endeksi geriledi", annotation.Organization, "", false},
		{"[Dow Jones] endeksinde düşüş", annotation.Person, "", false},
		{"[Dow Jones Endeksi] rekor kırdı", annotation.Organization, "", false},  // the word in the mention
		{"[Nasdaq] borsasında işlem görüyor", annotation.Organization, "", true}, // the exchange
		{"[THY] 100 uçak aldı", annotation.Organization, "", true},               // a number, no index
		{"[Endeksa] verilerine göre", annotation.Organization, "", true},         // one word: a company's name
		{"[Ali Kaya] endekslenmiş maaş aldı", annotation.Person, "", true},       // a verb's form
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropIndexes(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
