package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestTagBylines checks which lines are read as bylines, and the mentions
// they give.
func TestTagBylines(t *testing.T) {
	g := gazetteer.Default()
	l, _ := lang.Get("tr")
	tests := []struct {
		text string
		want string // the mentions after the rule, "" for the line left as it was
	}{
		{"Selin KARADAĞ - ANKARA", "PERSON:Selin KARADAĞ LOCATION:ANKARA"},
		{"Okan TEKİNEL", "PERSON:Okan TEKİNEL"},
		{"Ali Rıza KOÇAK - Ayşe DURMAZ - Bursa", "PERSON:Ali Rıza KOÇAK PERSON:Ayşe DURMAZ LOCATION:Bursa"},
		{"Umut ÇAĞLAYAN / İZMİR", ""},             // a given name that is an ordinary word too: left to the tagger
		{"Son DAKİKA", ""},                        // a label: both words are ordinary
		{"Milli TAKIM - ANKARA", ""},              // the same before a place
		{"Avrupa BİRLİĞİ - BRÜKSEL", ""},          // a place first, an organization's head in capitals
		{"Emniyet MÜDÜRLÜĞÜ - İZMİR", ""},         // an organization's head
		{"Devlet BAKANI", ""},                     // a role
		{"Bahar FESTİVALİ", ""},                   // a label: an ordinary word and a word in capitals, no place after them
		{"Dünya KUPASI - KATAR", ""},              // a label: Dünya is a given name and an ordinary word
		{"Süper LİG - İSTANBUL", ""},              // no given name
		{"Selin KARADAĞ - HABER MERKEZİ", ""},     // a desk, no place
		{"Selin KARADAĞ - ANKARA bildiriyor", ""}, // more than a byline
		{"Selin KARADAĞ -", ""},                   // a mark ending the line
		{"ANKARA - Selin KARADAĞ", ""},            // the place first
		{"Selin KARADAĞ - Ankarada", ""},          // no place the gazetteer knows
	}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		// a tagger's wrong reading, which a byline replaces
		ents := []annotation.Entity{doc.Mention(1, 2, annotation.Location, 0.5, "model")}
		ents = tagBylines(doc, ents, l, g)
		var got []string
		for _, e := range ents {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets of %+v", tc.text, e)
			}
			got = append(got, string(e.Type)+":"+e.Text)
		}
		want := tc.want
		if want == "" {
			want = "LOCATION:" + doc.Tokens[1].Text
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: got %q, want %q", tc.text, got, want)
		}
	}
}
