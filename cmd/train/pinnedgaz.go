package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/varlik/varlik/gazetteer"
)

// loadPinnedGazetteer reads the gazetteer of -gazetteer-file (gzip-compressed
// when its name ends in .gz) and returns it with its data version
// (gazetteer.VersionOf its text), which the model records.
//
// Why a recipe pins one: the gazetteer is a feature of the models, and a
// model trained on each new release of the default gazetteer changes with
// it, by as much as retraining's own spread (±0.4 F1 on the news dev sets),
// while the models trained on an older release read the new entries as
// features all the same (a known name's features do not depend on when it
// was added). So the default grows without retraining, and the shipped
// models still rebuild byte for byte from their recipes.
func loadPinnedGazetteer(path string) (*gazetteer.Gazetteer, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
	}
	g, err := gazetteer.Load(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	return g, gazetteer.VersionOf(data), nil
}
