package link_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
)

// BenchmarkLink measures AddShortMentionsContext and LinkContext alone on
// the news BenchmarkExtract in package entity reads (20 lines of NTREX-128
// to a document and, as "lines", each line alone, where the same names
// are linked again in document after document). Its input is the pipeline's output with linking undone
// as far as the output tells: the IDs of mentions the gazetteer did not
// find and all canonical names cleared, "+link" taken off the sources. The
// short mentions linking added stay, so AddShortMentions finds them
// present; the figures are for comparing versions of package link, not
// a measure of the pipeline (see BenchmarkExtract).
func BenchmarkLink(b *testing.B) {
	for _, text := range []struct {
		name, file, lang string
		lines            bool
	}{
		{"news", "news_tr.txt", "tr", false}, {"news_en", "news_en.txt", "en", false}, {"news_ru", "news_ru.txt", "ru", false},
		{"news/lines", "news_tr.txt", "tr", true}, {"news_en/lines", "news_en.txt", "en", true}, {"news_ru/lines", "news_ru.txt", "ru", true},
	} {
		b.Run(text.name, func(b *testing.B) {
			docs := unlinkedDocs(b, text.file, text.lang, text.lines)
			l, ok := lang.Get(text.lang)
			if !ok {
				b.Fatalf("no language %q", text.lang)
			}
			lk := link.New(gazetteer.Default())
			ctx := context.Background()
			mentions := 0
			originals := make([][]annotation.Entity, len(docs))
			for k, doc := range docs {
				originals[k] = doc.Entities
				mentions += len(doc.Entities)
			}
			var buf []annotation.Entity
			run := func() {
				for k, doc := range docs {
					buf = append(buf[:0], originals[k]...)
					doc.Entities = buf
					if err := lk.AddShortMentionsContext(ctx, doc, l); err != nil {
						b.Fatal(err)
					}
					if err := lk.LinkContext(ctx, doc, l); err != nil {
						b.Fatal(err)
					}
					buf = doc.Entities
				}
			}
			run() // warm up: the linker's indexes of the gazetteer
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				run()
			}
			b.ReportMetric(float64(mentions)*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
		})
	}
}

// unlinkedDocs returns the documents of a testdata file, blank-line
// separated (each line one, where lines is true), as the pipeline
// annotates them, with linking undone as far as BenchmarkLink says.
func unlinkedDocs(b *testing.B, file, code string, lines bool) []*annotation.Document {
	data, err := os.ReadFile("../testdata/" + file)
	if err != nil {
		b.Fatal(err)
	}
	x, err := entity.New(entity.WithLanguage(code))
	if err != nil {
		b.Fatal(err)
	}
	texts := strings.Split(string(data), "\n\n")
	if lines {
		texts = strings.Split(strings.Join(texts, "\n"), "\n")
	}
	var docs []*annotation.Document
	for _, text := range texts {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			b.Fatal(err)
		}
		for i := range doc.Entities {
			e := &doc.Entities[i]
			e.Source = strings.ReplaceAll(e.Source, "+link", "")
			if !strings.Contains(e.Source, "gazetteer") {
				e.ID = ""
			}
			e.Canonical = ""
		}
		doc.Relations = nil
		docs = append(docs, doc)
	}
	return docs
}
