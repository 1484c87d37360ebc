package recognize

import (
	"context"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestDropLowerOpenerFills checks that a sentence's first word that text
// mostly writes in lower case is no place the gazetteer adds there, while
// the same name with a suffix, and a name text writes capitalized, stay.
func TestDropLowerOpenerFills(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text string
		want string // the place's text, "" for none
	}{
		{"Mali piyasalarda dalgalanma sürüyor.", ""},
		{"Mali konulardaki uzmanlığı biliniyor.", ""},
		{"Mali'de darbe oldu.", "Mali"},
		{"Türkiye bugün açıklama yaptı.", "Türkiye"},
	}
	l, _ := lang.Get("tr")
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		ents, err := r.Recognize(context.Background(), doc, l)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range ents {
			if e.Type == annotation.Location {
				got = e.Text
			}
		}
		if got != tc.want {
			t.Errorf("%q: place %q, want %q", tc.text, got, tc.want)
		}
	}
}
