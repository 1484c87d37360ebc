package recognize

import (
	"context"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestRetypeByContextTurkish checks, through the whole Recognizer, which
// Turkish names the words around them make organizations: a team's word
// after a known town, a store's word before an unknown name; not a store's
// word after a known town (the store in the town), nor one before a name
// in the locative (where the store is).
func TestRetypeByContextTurkish(t *testing.T) {
	r := defaultRecognizer()
	l, _ := lang.Get("tr")
	tests := []struct {
		text, name string
		want       annotation.Type
	}{
		{"Brighton savunması maçta hata yaptı.", "Brighton", annotation.Organization}, // as before the team words: they keep it
		{"Apple, yeni İstanbul mağazasını Bağdat Caddesi'nde açtı.", "İstanbul", annotation.Location},
		{"Apple, yeni İstanbul mağazasını Bağdat Caddesi'nde açtı.", "Bağdat Caddesi", annotation.Location},
	}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(tc.text, doc.Tokens)
		ents, err := r.Recognize(context.Background(), doc, l)
		if err != nil {
			t.Fatal(err)
		}
		var got annotation.Type
		for _, e := range ents {
			if e.Text == tc.name {
				got = e.Type
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s is %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestRetypeByContextPossessive checks English names whose possessive
// owns nothing: a firm named by its founder, but a person named in full.
func TestRetypeByContextPossessive(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"He is the chief executive of [Kessling] 's , the grocer .", "ORG Kessling"},
		{"The airline is one of [Victor Kessling] 's .", "PER Victor Kessling"}, // a given name opens it
		{"The airline is one of [Kessling] 's .", "ORG Kessling"},
		{"[Victor Kessling] 's stores closed .", "ORG Victor Kessling"}, // stores: a firm's, given name or not
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		for i := range doc.Tokens {
			if doc.Tokens[i].Text == "'s" {
				doc.Tokens[i].Kind = lang.Suffix // as the English tokenizer splits "Kessling's"
			}
		}
		retypeByContext(doc, ents, l, nil)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
