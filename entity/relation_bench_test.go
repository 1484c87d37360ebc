package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// BenchmarkExtractRelationsCorpus times relation.Extract on one long
// document per language: the written relation corpus's sentences (their
// text and gold entities only), repeated, as paragraphs. It complements
// BenchmarkExtractRelations (Turkish news prose) with English and Russian,
// whose patterns run on every document of those languages.
func BenchmarkExtractRelationsCorpus(b *testing.B) {
	for _, code := range []string{"tr", "en", "ru"} {
		b.Run(code, func(b *testing.B) {
			l, ok := lang.Get(code)
			if !ok {
				b.Skipf("language %s is not registered", code)
			}
			doc := corpusDocument(b, "testdata/relations_"+code+".jsonl", 5, l)
			link.AddShortMentions(doc, l)
			link.New(nil).Link(doc, l)
			b.ResetTimer()
			for b.Loop() {
				relation.Extract(context.Background(), doc, l)
			}
			b.ReportMetric(float64(len(doc.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// corpusDocument joins the corpus's sentences, repeated times, into one
// document with their gold entities moved to the joined offsets.
func corpusDocument(b *testing.B, path string, repeat int, l lang.Language) *Document {
	const sep = "\n\n"
	var text strings.Builder
	var ents []goldEntity
	corpus := readCorpus(b, path)
	for range repeat {
		for _, s := range corpus {
			off := text.Len()
			text.WriteString(s.Text)
			text.WriteString(sep)
			for _, e := range s.Entities {
				e.Start += off
				e.End += off
				ents = append(ents, e)
			}
		}
	}
	return docWithEntities(b, text.String(), ents, l)
}
