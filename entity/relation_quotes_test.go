package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestStrayQuoteStaysOnItsLine checks that a straight quote left open on
// one line does not pair with the quotes of the lines after it: each
// later quotation is still read, and no quotation runs across a line.
func TestStrayQuoteStaysOnItsLine(t *testing.T) {
	x := newExtractor(t, entity.WithLanguage("tr"))
	text := "Bakan \"kriz yok dedi.\n" +
		"Ahmet Yılmaz, \"Yarın Ankara'ya gideceğiz\" dedi.\n" +
		"Mehmet Kaya, \"Toplantı ertelendi\" diye konuştu."
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	quotes := map[string]string{} // speaker → quotation
	for _, r := range doc.Relations {
		if r.Type != entity.Says {
			continue
		}
		q := text[r.QuoteStart:r.QuoteEnd]
		if strings.Contains(q, "\n") {
			t.Errorf("quotation %q runs across a line", q)
		}
		quotes[doc.Entities[r.Subject].Text] = q
	}
	want := map[string]string{"Ahmet Yılmaz": "Yarın Ankara'ya gideceğiz", "Mehmet Kaya": "Toplantı ertelendi"}
	for speaker, q := range want {
		if quotes[speaker] != q {
			t.Errorf("%s says %q, want %q (all: %v)", speaker, quotes[speaker], q, quotes)
		}
	}
}
