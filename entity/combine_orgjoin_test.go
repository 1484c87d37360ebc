package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang/tr"
)

// TestJoinCoordinatedBodies checks which mentions joined by "ve" to an
// organization after them become one organization.
func TestJoinCoordinatedBodies(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a mention: P= person, L= place, O= organization, @ID known
		want  string // the mentions afterwards, "|"-separated
	}{
		{"P=[Avon] ve O=[Somerset Polisi] açıkladı", "ORG Avon ve Somerset Polisi"},
		{"L=[Birleşik Krallık İstihdam] ve O=[Beceri Komisyonu] tarafından", "ORG Birleşik Krallık İstihdam ve Beceri Komisyonu"},
		{"P=[Mustafa Taşar] ve O=[Sanayi Odası] üyeleri", "PER Mustafa Taşar|ORG Sanayi Odası"}, // a person's full name
		{"P=[Erdoğan]@Q1 ve O=[Ak Parti Grubu] toplandı", "PER Erdoğan|ORG Ak Parti Grubu"},     // a known person
		{"L=[Ankara] ve O=[Ak Parti Grubu]@Q2 toplandı", "LOC Ankara|ORG Ak Parti Grubu"},       // a known body
		{"L=[Ankara] ve O=[İstanbul Valisi] geldi", "LOC Ankara|ORG İstanbul Valisi"},           // no head at the end
		{"L=[Ankara] , O=[Somerset Polisi] açıkladı", "LOC Ankara|ORG Somerset Polisi"},         // not joined by ve
		{"L=[Ankara] ve O=[Polisi] açıkladı", "LOC Ankara|ORG Polisi"},                          // the head alone
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		var words []string
		type span struct {
			first, last int
			typ         Type
			id          string
		}
		var spans []span
		for _, w := range strings.Fields(tc.words) {
			if len(w) > 2 && w[1] == '=' {
				spans = append(spans, span{first: len(words), typ: map[byte]Type{'P': Person, 'L': Location, 'O': Organization}[w[0]]})
				w = w[2:]
			}
			id := ""
			if at := strings.Index(w, "@"); at >= 0 {
				w, id = w[:at], w[at+1:]
			}
			if strings.HasSuffix(w, "]") {
				spans[len(spans)-1].last = len(words) + 1
				spans[len(spans)-1].id = id
			}
			words = append(words, strings.Trim(w, "[]"))
		}
		text := strings.Join(words, " ")
		doc := &Document{Text: text, Tokens: l.Tokenize(text)}
		if len(doc.Tokens) != len(words) {
			t.Fatalf("%s: %d tokens", text, len(doc.Tokens))
		}
		var ents []Entity
		for _, s := range spans {
			e := doc.Mention(s.first, s.last, s.typ, 0.5, "model")
			e.ID = s.id
			ents = append(ents, e)
		}
		var got []string
		for _, e := range joinCoordinatedBodies(doc, ents, l) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.words, e.Text)
			}
			got = append(got, map[Type]string{Person: "PER", Location: "LOC", Organization: "ORG"}[e.Type]+" "+e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %q, want %q", tc.words, strings.Join(got, "|"), tc.want)
		}
	}
}
