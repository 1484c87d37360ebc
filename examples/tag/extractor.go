package main

import "github.com/varlik/varlik/entity"

// newExtractor builds the Extractor the flags ask for.
func newExtractor(cfg config) (*entity.Extractor, error) {
	opts := []entity.Option{entity.WithLanguage(cfg.lang), entity.WithMaxBytes(0)}
	return entity.New(opts...)
}
