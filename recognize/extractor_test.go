package recognize_test

// Tests of recognition that run a whole Extractor: a document's tokens as
// Extract makes them, its entities as Extract returns them.

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/recognize"
)

// TestEntitiesSizedForWhatIsFound checks that a document whose first
// sentence is dense with names and whose rest has none does not keep an
// entity slice sized for names everywhere (found in review: 66 MB of
// capacity for one entity in 2 MB of text).
func TestEntitiesSizedForWhatIsFound(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"), entity.WithMaxBytes(0))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), "Ankara. Bu "+strings.Repeat("a ", 1<<17))
	if err != nil {
		t.Fatal(err)
	}
	if cap(doc.Entities) > 4096 {
		t.Errorf("%d entities in a slice of capacity %d", len(doc.Entities), cap(doc.Entities))
	}
}

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
		x, err := entity.New(entity.WithLanguage(code), entity.WithMaxBytes(0))
		if err != nil {
			t.Fatal(err)
		}
		for name, in := range inputs {
			doc, err := x.Extract(context.Background(), in)
			if err != nil {
				t.Fatalf("%s %s: %v", code, name, err)
			}
			for _, e := range doc.Entities {
				if len(e.Text) > recognize.MaxMentionBytes || e.Last-e.First > recognize.MaxMentionTokens || !utf8.ValidString(e.Text) ||
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

// TestRecognizeLongSentence checks that a text with no sentence end is
// cut into bounded sentences and still yields every name in it.
func TestRecognizeLongSentence(t *testing.T) {
	const n = 2000
	text := strings.Repeat("Ankara ve İstanbul, ", n)
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) <= 2*lang.MaxSentenceTokens || len(doc.Sentences) < len(doc.Tokens)/lang.MaxSentenceTokens {
		t.Fatalf("want the text cut into sentences of at most %d tokens, got %d sentences, %d tokens", lang.MaxSentenceTokens, len(doc.Sentences), len(doc.Tokens))
	}
	for _, s := range doc.Sentences {
		if s.Last-s.First > lang.MaxSentenceTokens || s.Start != doc.Tokens[s.First].Start || s.End != doc.Tokens[s.Last-1].End {
			t.Errorf("sentence %+v: over the bound or off its tokens", s)
		}
	}
	counts := map[string]int{}
	for _, e := range doc.Entities {
		if e.Type == entity.Location {
			counts[e.Text]++
		}
	}
	if counts["Ankara"] != n || counts["İstanbul"] != n {
		t.Errorf("locations found: %v, want %d of each", counts, n)
	}
}
