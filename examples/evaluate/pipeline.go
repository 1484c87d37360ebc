package main

import (
	"context"

	"github.com/varlik/varlik/entity"
)

// pipelineTagger returns a tagger that runs the whole Extractor (the model
// or, for English, prose v3, merged with the gazetteer, then linking)
// rather than the model alone: each sentence is one document, tokenized as
// given.
func pipelineTagger(code string, m *entity.Model) (func(entity.TrainingSentence) ([]entity.Span, error), error) {
	opts := []entity.Option{entity.WithLanguage(code), entity.WithMaxBytes(0)}
	if m != nil {
		opts = append(opts, entity.WithModel(m))
	}
	x, err := entity.New(opts...)
	if err != nil {
		return nil, err
	}
	return func(s entity.TrainingSentence) ([]entity.Span, error) {
		doc, err := x.ExtractTokens(context.Background(), code, [][]string{words(s)})
		if err != nil {
			return nil, err
		}
		return entity.SpansFromTags(doc.IOB2()), nil
	}, nil
}
