package entity

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestGarbageIsNoName runs hostile inputs through every language and
// checks that no entity breaks the plausibility rules (see plausible).
func TestGarbageIsNoName(t *testing.T) {
	inputs := map[string]string{
		"run of one letter":     "Ankara " + strings.Repeat("Ç", 5000) + " İzmir",
		"apostrophe run":        "Ankara" + strings.Repeat("'", 5000),
		"combining marks":       "Ali" + strings.Repeat("\u0301", 5000) + " geldi.",
		"invalid bytes in name": "Acme\xff\xfeCorp and Bob\x00Jones met in Ankara.",
		"control characters":    "Li\x01Qiang ve\x7fMişustin\ngörüştü.",
		"every token capital":   strings.Repeat("Ankara İzmir Bursa ", 500),
		"one huge token":        strings.Repeat("A", 20000),
	}
	for _, code := range []string{"tr", "en", "ru"} {
		x, err := New(WithLanguage(code), WithMaxBytes(0))
		if err != nil {
			t.Fatal(err)
		}
		for name, in := range inputs {
			doc, err := x.Extract(context.Background(), in)
			if err != nil {
				t.Fatalf("%s %s: %v", code, name, err)
			}
			for _, e := range doc.Entities {
				if len(e.Text) > maxMentionBytes || e.Last-e.First > maxMentionTokens || !utf8.ValidString(e.Text) ||
					strings.IndexFunc(e.Text, unicode.IsControl) >= 0 || strings.IndexFunc(e.Text, unicode.IsLetter) < 0 {
					t.Errorf("%s %s: implausible entity %.60q (%d bytes, %d tokens)", code, name, e.Text, len(e.Text), e.Last-e.First)
				}
				if in[e.Start:e.End] != e.Text {
					t.Errorf("%s %s: offsets do not address %.30q", code, name, e.Text)
				}
			}
		}
	}
}

func TestPlausible(t *testing.T) {
	for text, want := range map[string]bool{
		"Ankara": true, "Birleşmiş Milletler": true, "Bob\x00Jones": false, "Acme\xffCorp": false,
		"Li\nQiang": false, "'''": false, "12345": false, strings.Repeat("Ç", 200): false,
	} {
		e := Entity{Text: text, First: 0, Last: len(strings.Fields(text))}
		if got := plausible(&e); got != want {
			t.Errorf("plausible(%.20q) = %v, want %v", text, got, want)
		}
	}
}
