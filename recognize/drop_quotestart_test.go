package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestDropQuoteOpeners checks which mentions that open a quotation go.
func TestDropQuoteOpeners(t *testing.T) {
	tests := []struct {
		text, name string
		typ        annotation.Type
		id         string
		kept       bool
	}{
		{"« Голос за судью — это голос против » , — заявил он .", "Голос", annotation.Organization, "", false},
		{"Он сказал : « Думаю , это так » .", "Думаю", annotation.Organization, "", false},
		{"« Рейнджерс » уступили .", "Рейнджерс", annotation.Organization, "", true},                     // quoted whole
		{"« Боливия никогда не сдастся » , — сказал он .", "Боливия", annotation.Location, "Q750", true}, // the gazetteer's
		{"« Иванов прав » , — сказал он .", "Иванов", annotation.Person, "", true},                       // a person
		{"Клуб « Голос за » проиграл .", "Голос", annotation.Organization, "", true},                     // inside a sentence
		{"« Голос", "Голос", annotation.Organization, "", false},                                         // the document's end
	}
	l, _ := lang.Get("ru")
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		ents := []annotation.Entity{doc.Mention(f, last, tc.typ, 0.9, "model")}
		ents[0].ID = tc.id
		if got := len(dropQuoteOpeners(doc, ents)) == 1; got != tc.kept {
			t.Errorf("%q in %q: kept %v, want %v", tc.name, tc.text, got, tc.kept)
		}
	}
}
