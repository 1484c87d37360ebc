package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeListsOfKind checks which mentions of a list of names the words
// after the list make organizations.
func TestRetypeListsOfKind(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; each [bracketed] run is a mention, PER, or LOC with a @ID after it
		want  string // the mentions afterwards, type and text, "|"-separated
	}{
		{"[Revlon] , [Essie] ve Dr. [PawPaw] gibi markaların da", "ORG Revlon|ORG Essie|ORG Dr. PawPaw"},
		{"[La Roche] ve [Vichy] gibi lüks cilt bakım markalarını", "ORG La Roche|ORG Vichy"},
		{"[Aldi] ve [Lidl] ve diğer indirim mağazaları", "ORG Aldi|ORG Lidl"},
		{"[Fransa]@Q142 ve [Aldi] gibi şirketler", "LOC Fransa|ORG Aldi"},   // a country keeps its type
		{"[Ankara] ve [İstanbul] gibi şehirler", "PER Ankara|PER İstanbul"}, // not an organization's kind
		{"[Aldi] ile görüşen [Lidl] gibi şirketler", "PER Aldi|ORG Lidl"},   // not in the list
		{"[Aldi] gibi çok büyük ve ucuz indirim mağazaları", "PER Aldi"},    // the kind too far
		{"[Aldi] gibi Alman mağazaları", "PER Aldi"},                        // a name between
	}
	l := tr.Turkish{}
	g := gazetteer.Default()
	for _, tc := range tests {
		var words []string
		var spans [][3]int // first, last, has an ID
		var ids []string
		for _, w := range strings.Fields(tc.words) {
			id := ""
			if at := strings.Index(w, "@"); at >= 0 {
				w, id = w[:at], w[at+1:]
			}
			if strings.HasPrefix(w, "[") {
				spans = append(spans, [3]int{len(words), 0, 0})
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
			typ := Person
			if ids[k] != "" {
				typ = Location
			}
			e := doc.Mention(s[0], s[1], typ, 0.5, "model")
			e.ID = ids[k]
			ents = append(ents, e)
		}
		retypeListsOfKind(doc, ents, l, g)
		var got []string
		for _, e := range ents {
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
