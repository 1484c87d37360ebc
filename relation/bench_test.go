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
// Turkish, English and Russian) and, as "lines", on each line alone,
// annotated once by the whole pipeline: real entities at the density of
// news, which the pipeline benchmark leaves at a tenth of its time. A
// line is a document of a sentence or two, where what is done once a
// document weighs most.
func BenchmarkExtractNews(b *testing.B) {
	texts := []struct {
		lang, file string
		lines      bool
	}{
		{"tr", "news_tr.txt", false}, {"en", "news_en.txt", false}, {"ru", "news_ru.txt", false},
		{"tr/lines", "news_tr.txt", true}, {"en/lines", "news_en.txt", true}, {"ru/lines", "news_ru.txt", true},
	}
	for _, text := range texts {
		b.Run(text.lang, func(b *testing.B) {
			data, err := os.ReadFile("../testdata/" + text.file)
			if err != nil {
				b.Fatal(err)
			}
			code := strings.TrimSuffix(text.lang, "/lines")
			l, ok := lang.Get(code)
			if !ok {
				b.Skipf("language %s is not registered", code)
			}
			x, err := entity.New(entity.WithLanguage(code))
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var docs []*annotation.Document
			tokens, relations := 0, 0
			texts := strings.Split(string(data), "\n\n")
			if text.lines {
				texts = strings.Split(strings.Join(texts, "\n"), "\n")
			}
			for _, d := range texts {
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
