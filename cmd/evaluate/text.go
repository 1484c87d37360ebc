package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/ner"
)

// evaluateText scores the whole Extractor on raw text, as users run it:
// docSize consecutive records, or with articles those of one news article,
// joined by line breaks make a document that
// the Extractor tokenizes and splits into sentences itself, and each
// record's predicted entities (those inside its line) are compared with
// its gold ones by exact byte span and type. The CoNLL modes hand the
// Extractor the gold tokens and sentences instead.
func evaluateText(path, code string, opts []entity.Option, docSize int, articles nerdata.Articles, stdout io.Writer) error {
	recs, err := nerdata.ReadCorpusLines(path)
	if err != nil {
		return err
	}
	var articleOf func(int) (string, error)
	if articles != nil {
		articleOf = func(i int) (string, error) { return articles.Of(recs[i].ID) }
	}
	docs, err := nerdata.Documents(len(recs), docSize, articleOf)
	if err != nil {
		return err
	}
	x, err := entity.New(append(opts, entity.WithLanguage(code), entity.WithMaxBytes(0))...)
	if err != nil {
		return err
	}
	if articles != nil {
		fmt.Fprintf(stdout, "%s: %d lines, %d documents (news articles), raw text\n", path, len(recs), len(docs))
	} else {
		fmt.Fprintf(stdout, "%s: %d lines, %d to a document, raw text\n", path, len(recs), docSize)
	}
	ev := ner.NewEvaluation()
	for _, d := range docs {
		group := recs[d[0]:d[1]]
		doc, starts := joinLines(len(group), func(k int) string { return group[k].Text })
		d, err := x.Extract(context.Background(), doc)
		if err != nil {
			return err
		}
		for k, r := range group {
			var gold, pred []annotation.Span
			for _, e := range r.Entities {
				gold = append(gold, annotation.Span{First: e.Start, Last: e.End, Type: annotation.Type(e.Type)})
			}
			lineEnd := starts[k] + len(r.Text)
			for _, e := range d.Entities {
				if e.Start >= starts[k] && e.End <= lineEnd {
					// Byte offsets stand in for token indices: Add compares spans
					// by their bounds and type only.
					pred = append(pred, annotation.Span{First: e.Start - starts[k], Last: e.End - starts[k], Type: e.Type})
				}
			}
			ev.Add(gold, pred)
		}
	}
	return ev.WriteTable(stdout)
}

// joinLines joins n lines, line(k) for each k < n, with line breaks into
// one document, as consecutive lines of an article, and returns where each
// line starts in it.
func joinLines(n int, line func(int) string) (string, []int) {
	var doc strings.Builder
	starts := make([]int, n)
	for k := range n {
		if k > 0 {
			doc.WriteByte('\n')
		}
		starts[k] = doc.Len()
		doc.WriteString(line(k))
	}
	return doc.String(), starts
}
