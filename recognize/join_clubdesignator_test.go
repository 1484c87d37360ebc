package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinClubDesignators checks which designators and the capitalized
// words after them become one organization.
func TestJoinClubDesignators(t *testing.T) {
	tests := []struct {
		text string
		ents [][3]int // first, last token and type (0 person, 1 place, 2 organization) of the mentions given
		want string   // the mentions after, "text/TYPE" joined by "|"
	}{
		{"Ali , FK Kartalspor 'a transfer oldu .", [][3]int{{0, 1, 0}, {3, 4, 1}}, "Ali/PERSON|FK Kartalspor/ORGANIZATION"},
		{"CD Yeşilova ismini aldı .", nil, "CD Yeşilova/ORGANIZATION"},
		{"UD Kayalar Vadisi 'ne gitti .", [][3]int{{0, 1, 0}, {1, 3, 1}}, "UD Kayalar Vadisi/ORGANIZATION"},
		{"Kartal FC Yeşilova 'yı yendi .", [][3]int{{0, 2, 2}}, "Kartal FC/ORGANIZATION"},           // FC ends a name
		{"US Yeşilova 'ya gitti .", nil, ""},                                                        // the United States
		{"Club Yeşilova 'ya gitti .", nil, ""},                                                      // a word, not capitals
		{"sonra FC , kulüp oldu .", nil, ""},                                                        // no name after it
		{"Yeni FK Kartalspor Stadı 'nda", [][3]int{{0, 4, 1}}, "Yeni FK Kartalspor Stadı/LOCATION"}, // a mention around it
	}
	types := []annotation.Type{annotation.Person, annotation.Location, annotation.Organization}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		var ents []annotation.Entity
		for _, e := range tc.ents {
			ents = append(ents, doc.Mention(e[0], e[1], types[e[2]], 0.5, "model"))
		}
		got, _ := joinClubDesignators(doc, ents)
		var out []string
		for _, e := range got {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.text, e.Text)
			}
			out = append(out, e.Text+"/"+string(e.Type))
		}
		if s := strings.Join(out, "|"); s != tc.want {
			t.Errorf("%s: got %s, want %s", tc.text, s, tc.want)
		}
	}
}
