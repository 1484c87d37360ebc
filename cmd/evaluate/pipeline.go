package main

import (
	"context"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/ner"
)

// pipelineTagger returns a tagger that runs the whole Extractor (the model
// merged with the gazetteer, the rules, then linking) rather than the
// model alone, on a document made of the given sentences,
// tokenized as given. It returns each sentence's spans.
func pipelineTagger(code string, m *ner.Model) (func([]annotation.TaggedSentence) ([][]entity.Span, error), error) {
	opts := []entity.Option{entity.WithLanguage(code), entity.WithMaxBytes(0)}
	if m != nil {
		opts = append(opts, entity.WithModel(m))
	}
	x, err := entity.New(opts...)
	if err != nil {
		return nil, err
	}
	return func(doc []annotation.TaggedSentence) ([][]entity.Span, error) {
		sents := make([][]string, len(doc))
		for i, s := range doc {
			sents[i] = words(s)
		}
		d, err := x.ExtractTokens(context.Background(), code, sents)
		if err != nil {
			return nil, err
		}
		// Document.Tokens are the given tokens, in order: cut the tags
		// back into sentences.
		tags := d.IOB2()
		out := make([][]entity.Span, len(doc))
		for i, s := range doc {
			n := len(s.Tokens)
			out[i] = annotation.SpansFromTags(tags[:n])
			tags = tags[n:]
		}
		return out, nil
	}, nil
}
