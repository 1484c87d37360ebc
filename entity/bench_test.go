package entity_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// benchDocs returns about 64 KB of news as documents: "seed" is the seed
// article repeated (a news archive's unit of work), "news" the first 400
// lines of NTREX-128's Turkish news (CC BY-SA 4.0), 20 lines to a document,
// which name far more entities per token than the seed; "news_en" and
// "news_ru" the same lines in English and Russian.
func benchDocs(b *testing.B, text string) []string {
	switch text {
	case "seed":
		article := seedArticle(b)
		docs := make([]string, 0, 64<<10/len(article)+1)
		for n := 0; n < 64<<10; n += len(article) {
			docs = append(docs, article)
		}
		return docs
	case "news", "news_en", "news_ru":
		file := map[string]string{"news": "news_tr.txt", "news_en": "news_en.txt", "news_ru": "news_ru.txt"}[text]
		data, err := os.ReadFile("../testdata/" + file)
		if err != nil {
			b.Fatal(err)
		}
		return strings.Split(string(data), "\n\n")
	}
	b.Fatalf("no bench text %q", text)
	return nil
}

// BenchmarkExtract measures the whole pipeline (tokenize, tag, gazetteer,
// linking, relations) on one goroutine, on documents of 20 lines and, as
// "lines", on each line of the news alone (a sentence or two a call, as a
// feed of headlines or a line-by-line pipeline sends them).
func BenchmarkExtract(b *testing.B) {
	texts := []struct {
		name, lang string
		lines      bool
	}{
		{"seed", "tr", false}, {"news", "tr", false}, {"news_en", "en", false}, {"news_ru", "ru", false},
		{"news/lines", "tr", true}, {"news_en/lines", "en", true}, {"news_ru/lines", "ru", true},
	}
	for _, text := range texts {
		b.Run(text.name, func(b *testing.B) {
			docs := benchDocs(b, strings.TrimSuffix(text.name, "/lines"))
			if text.lines {
				docs = strings.Split(strings.Join(docs, "\n"), "\n")
			}
			n := extractEach(b, text.lang, docs)
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(n.tokens)*float64(b.N)/s, "tokens/s")
			b.ReportMetric(float64(n.bytes)*float64(b.N)/s/1e6, "MB/s")
			b.ReportMetric(float64(n.entities)/float64(n.tokens), "entities/token")
		})
	}
}

// BenchmarkExtractWhole measures the Turkish news repeated to 1.5 MB
// (about 200,000 tokens) as one document ("whole", as tag -split none
// reads a file) and as the 20-line documents of BenchmarkExtract
// ("docs"): what the document's size costs beyond its tokens. The two
// differ by about a tenth of their instructions (callgrind), nearly all
// the garbage collector's: each of its cycles marks every token of the
// document (56 bytes each, two pointers), live to the end, where the
// short documents leave little live between cycles. Each stage's own
// work grows linearly with the document. Like BenchmarkExtract's, the
// repeated text keeps the tagger's word cache warm: on a file of new text
// it misses more (tag on NTREX's 2,000 Turkish lines, 15 MB as one
// document, spent 54% more of the tagger's instructions a token).
func BenchmarkExtractWhole(b *testing.B) {
	docs := slices.Repeat(benchDocs(b, "news"), 27)
	for _, c := range []struct {
		name string
		docs []string
	}{{"whole", []string{strings.Join(docs, "\n\n")}}, {"docs", docs}} {
		b.Run(c.name, func(b *testing.B) {
			n := extractEach(b, "tr", c.docs)
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(n.tokens)*float64(b.N)/s, "tokens/s")
			b.ReportMetric(float64(n.bytes)*float64(b.N)/s/1e6, "MB/s")
		})
	}
}

// BenchmarkExtractAuto adds language identification to BenchmarkExtract.
func BenchmarkExtractAuto(b *testing.B) {
	doc := strings.Join(benchDocs(b, "seed"), "\n\n")
	x := newExtractor(b)
	ctx := context.Background()
	d, err := x.Extract(ctx, doc)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Extract(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/s, "tokens/s")
	b.ReportMetric(float64(len(doc))*float64(b.N)/s/1e6, "MB/s")
}

// BenchmarkExtractParallel runs documents on GOMAXPROCS goroutines over one
// shared Extractor: compare -cpu 1,2 for scaling.
func BenchmarkExtractParallel(b *testing.B) {
	article := seedArticle(b)
	x := newExtractor(b, entity.WithLanguage("tr"))
	ctx := context.Background()
	d, err := x.Extract(ctx, article)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := x.Extract(ctx, article); err != nil {
				b.Error(err)
				return
			}
		}
	})
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/s, "tokens/s")
}

// BenchmarkExtractOneLine measures what a call costs on one-line
// documents, as tag -split line and a JSONL pipeline send them: the first
// 40 lines of the Turkish news, each a document, and a one-word document
// ("word"), where nearly all of the cost is the call's fixed part.
// Metrics are per document.
func BenchmarkExtractOneLine(b *testing.B) {
	lines := strings.Split(strings.Join(benchDocs(b, "news")[:2], "\n"), "\n")
	for _, c := range []struct {
		name string
		docs []string
	}{{"headlines", lines}, {"word", []string{"Ankara"}}} {
		b.Run(c.name, func(b *testing.B) {
			n := extractEach(b, "tr", c.docs)
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(n.tokens)*float64(b.N)/s, "tokens/s")
			b.ReportMetric(s*1e9/float64(b.N)/float64(len(c.docs)), "ns/doc")
		})
	}
}

// passCounts are the tokens, entities and bytes of one pass over a
// benchmark's documents.
type passCounts struct{ tokens, entities, bytes int }

// extractEach runs an Extractor of the language code over docs once
// untimed (to load the model and warm its caches, and to count), then over
// all of them at each of b's iterations; it returns one pass's counts.
func extractEach(b *testing.B, code string, docs []string) passCounts {
	x := newExtractor(b, entity.WithLanguage(code))
	ctx := context.Background()
	var n passCounts
	for _, d := range docs {
		doc, err := x.Extract(ctx, d)
		if err != nil {
			b.Fatal(err)
		}
		n.tokens += len(doc.Tokens)
		n.entities += len(doc.Entities)
		n.bytes += len(d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	return n
}
