package main

import (
	"context"

	"github.com/varlik/varlik/entity"
)

// evaluatePipeline scores the whole Extractor (the model or, for English,
// prose v3, merged with the gazetteer, then linking) rather than the model
// alone: each sentence is one document, tokenized as given.
func evaluatePipeline(ctx context.Context, code string, m *entity.Model, sents []entity.TrainingSentence) (*entity.Evaluation, error) {
	opts := []entity.Option{entity.WithLanguage(code), entity.WithMaxBytes(0)}
	if m != nil {
		opts = append(opts, entity.WithModel(m))
	}
	x, err := entity.New(opts...)
	if err != nil {
		return nil, err
	}
	ev := entity.NewEvaluation()
	for _, s := range sents {
		words := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			words[i] = t.Text
		}
		doc, err := x.ExtractTokens(ctx, code, [][]string{words})
		if err != nil {
			return nil, err
		}
		ev.Add(entity.SpansFromTags(s.Tags), entity.SpansFromTags(doc.IOB2()))
	}
	return ev, nil
}
