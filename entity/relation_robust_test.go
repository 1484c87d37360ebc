package entity

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// TestRelationsBadInput checks that odd documents give relations whose
// spans lie inside the text, and never a panic.
func TestRelationsBadInput(t *testing.T) {
	l := turkish()
	texts := []string{
		"",
		"\x00\xff\xfe Ankara'ya “ gitti",
		"“Açık tırnak hiç kapanmıyor, dedi Fidan",
		"Fidan, ” kapanış tırnağı önce” dedi.",
		strings.Repeat("Erdoğan, Putin ile görüştü. ", 200),
		"Çin'in'in '' ' Başbakanı",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	types := []Type{Person, Location, Organization}
	for _, text := range texts {
		toks := l.Tokenize(text)
		doc := &Document{Lang: "tr", Text: text, Tokens: toks, Sentences: l.Sentences(text, toks)}
		for i := 0; i < len(toks); i++ {
			if rng.IntN(3) > 0 {
				continue
			}
			last := min(len(toks), i+1+rng.IntN(2))
			doc.Entities = append(doc.Entities, Entity{Text: text[toks[i].Start:toks[last-1].End],
				Type: types[rng.IntN(3)], Start: toks[i].Start, End: toks[last-1].End, First: i, Last: last})
		}
		// Entities the pipeline should never produce: out of range, empty, overlapping.
		doc.Entities = append(doc.Entities, Entity{Text: "x", Type: Person, First: -1, Last: 99999},
			Entity{Type: Location, First: 0, Last: 0})
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
		for _, e := range doc.Entities {
			if e.ID == "" || e.Canonical == "" && e.Text != "" {
				t.Errorf("%q: entity %q has ID %q, Canonical %q", text, e.Text, e.ID, e.Canonical)
			}
		}
		for _, r := range relation.Extract(context.Background(), doc, l) {
			if r.Start < 0 || r.End > len(text) || r.Start >= r.End || r.QuoteStart < 0 || r.QuoteEnd > len(text) ||
				r.QuoteStart > r.QuoteEnd || r.Subject < 0 || r.Subject >= len(doc.Entities) || r.Object >= len(doc.Entities) {
				t.Errorf("%q: bad relation %+v", text, r)
			}
		}
	}
	link.AddShortMentions(nil, l)
	link.New(nil).Link(nil, l)
	if got := relation.Extract(context.Background(), nil, l); got != nil {
		t.Errorf("relation.Extract(nil) = %v", got)
	}
}

func BenchmarkExtractRelations(b *testing.B) {
	l := turkish()
	doc := docWithNames(b, strings.Repeat(readSeedB(b)+"\n\n", 10), seedNames, l)
	link.AddShortMentions(doc, l)
	link.New(nil).Link(doc, l)
	b.ResetTimer()
	for b.Loop() {
		relation.Extract(context.Background(), doc, l)
	}
	b.ReportMetric(float64(len(doc.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(doc.Text)*b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}

func BenchmarkLinkMentions(b *testing.B) {
	l := turkish()
	doc := docWithNames(b, strings.Repeat(readSeedB(b)+"\n\n", 10), seedNames, l)
	b.ResetTimer()
	for b.Loop() {
		for i := range doc.Entities {
			doc.Entities[i].ID = ""
		}
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
	}
	b.ReportMetric(float64(len(doc.Entities)*b.N)/b.Elapsed().Seconds(), "mentions/s")
}

// TestRelationsNeedOnlyTokenSpans checks that relation.Extract reads an
// entity's tokens from First and Last alone, as documented: the same
// relations with Start and End left unset (found in review, when batches
// began to look up their entities by Start).
func TestRelationsNeedOnlyTokenSpans(t *testing.T) {
	l := turkish()
	text := " Erdoğan, Putin ile görüştü." // a leading space: the first token starts at 1
	doc := docWithNames(t, text, []nameSpec{{Text: "Erdoğan", Type: Person}, {Text: "Putin", Type: Person}}, l)
	want := len(relation.Extract(context.Background(), doc, l))
	for i := range doc.Entities {
		doc.Entities[i].Start, doc.Entities[i].End = 0, 0
	}
	if got := len(relation.Extract(context.Background(), doc, l)); want == 0 || got != want {
		t.Errorf("%d relations with token spans alone, %d with byte spans too", got, want)
	}
}
