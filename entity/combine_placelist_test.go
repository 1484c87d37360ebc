package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang/tr"
)

// TestPlacesBeforePlaceHead checks which people of a list before a
// lower-case place noun become places.
func TestPlacesBeforePlaceHead(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a person mention, with @ID for a known one
		want  string // the types afterwards, "|"-separated
	}{
		{"[Resne] , [Manastır] ve [Pirlepe] şehirleri yer alır", "LOC|LOC|LOC"},
		{"[Brotton] , [Easton] kasabaları bağlıdır", "LOC|LOC"},
		{"[Ali]@Q1 , [Easton] kasabaları bağlıdır", "PER|LOC"},     // known to the gazetteer
		{"yönetici [Joe Alleva] bölge kolluk kuvvetlerine", "PER"}, // one name: bölge is an adjective
		{"[Resne] ile ilgili [Pirlepe] şehirleri", "PER|PER"},      // not a list: one name
		{"[Resne] , [Pirlepe] Şehirleri", "PER|PER"},               // a capitalized noun is a name's
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		var words, ids []string
		var spans [][2]int
		for _, w := range strings.Fields(tc.words) {
			id := ""
			if at := strings.Index(w, "@"); at >= 0 {
				w, id = w[:at], w[at+1:]
			}
			if strings.HasPrefix(w, "[") {
				spans = append(spans, [2]int{len(words), 0})
			}
			if strings.HasSuffix(w, "]") {
				spans[len(spans)-1][1] = len(words) + 1
				ids = append(ids, id)
			}
			words = append(words, strings.Trim(w, "[]"))
		}
		text := strings.Join(words, " ")
		doc := &Document{Text: text, Tokens: l.Tokenize(text)}
		if len(doc.Tokens) != len(words) {
			t.Fatalf("%s: %d tokens", text, len(doc.Tokens))
		}
		var ents []Entity
		for k, s := range spans {
			e := doc.Mention(s[0], s[1], Person, 0.5, "model")
			e.ID = ids[k]
			ents = append(ents, e)
		}
		placesBeforePlaceHead(doc, ents, l)
		var got []string
		for _, e := range ents {
			got = append(got, map[Type]string{Person: "PER", Location: "LOC"}[e.Type])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: got %s, want %s", tc.words, strings.Join(got, "|"), tc.want)
		}
	}
}
