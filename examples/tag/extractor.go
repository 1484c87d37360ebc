package main

import (
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// newExtractor builds the Extractor the flags ask for. Whole inputs have
// no size limit: a file that could be read gets a result. Streamed ones
// keep the default document limit, which bounds memory.
func newExtractor(cfg config) (*entity.Extractor, error) {
	opts := []entity.Option{entity.WithLanguage(cfg.lang)}
	if cfg.split == "none" {
		opts = append(opts, entity.WithMaxBytes(0))
	}
	if cfg.model != "" {
		m, err := ner.ReadModelFile(cfg.model)
		if err != nil {
			return nil, err
		}
		opts = append(opts, entity.WithModel(m))
	}
	if len(cfg.gazetteers) > 0 {
		var extra []*gazetteer.Entry
		for _, path := range cfg.gazetteers {
			g, err := gazetteer.LoadFile(path)
			if err != nil {
				return nil, err
			}
			extra = append(extra, g.Entries()...)
		}
		opts = append(opts, entity.WithGazetteer(gazetteer.Default().With(extra...)))
	}
	return entity.New(opts...)
}
