package relation_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/relation"
)

// BenchmarkExtractNews times relation.Extract alone on the documents of
// entity's BenchmarkExtract (400 NTREX news lines, 20 to a document, in
// Turkish, English and Russian), annotated once by the whole pipeline:
// real entities at the density of news, which the pipeline benchmark
// leaves at a tenth of its time.
func BenchmarkExtractNews(b *testing.B) {
	for _, text := range []struct{ lang, file string }{{"tr", "news_tr.txt"}, {"en", "news_en.txt"}, {"ru", "news_ru.txt"}} {
		b.Run(text.lang, func(b *testing.B) {
			data, err := os.ReadFile("../testdata/" + text.file)
			if err != nil {
				b.Fatal(err)
			}
			l, ok := lang.Get(text.lang)
			if !ok {
				b.Skipf("language %s is not registered", text.lang)
			}
			x, err := entity.New(entity.WithLanguage(text.lang))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var docs []*annotation.Document
			tokens, relations := 0, 0
			for _, d := range strings.Split(string(data), "\n\n") {
				doc, err := x.Extract(ctx, d)
				if err != nil {
					b.Fatal(err)
				}
				docs = append(docs, doc)
				tokens += len(doc.Tokens)
				relations += len(doc.Relations)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for _, doc := range docs {
					relation.Extract(ctx, doc, l)
				}
			}
			b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
			b.ReportMetric(float64(relations), "relations")
		})
	}
}
