package gazetteer

import (
	_ "embed"
	"sync"
)

// defaultTSV is the default gazetteer, generated from open data by
// internal/gen (see its documentation for the sources and their licences).
//
//go:embed data/default.tsv
var defaultTSV string

// loadDefault parses the embedded data once. TestDefault proves that it
// loads without error.
var loadDefault = sync.OnceValues(parseDefault)

func parseDefault() (*Gazetteer, error) {
	entries, byID, err := parseTSV(defaultTSV)
	if err != nil {
		return nil, err
	}
	return build(entries, nil, byID), nil
}

// Default returns the embedded default gazetteer: countries, their
// first-level regions and main cities, Turkish provinces and districts,
// international and Turkish organizations and heads of state and
// government, with Turkish, English and Russian names. It is parsed on
// first use (tens of milliseconds) and shared afterwards; add to it with
// With. Its entries must not be modified.
func Default() *Gazetteer {
	g, err := loadDefault()
	if err != nil {
		return New() // unreachable: TestDefault checks the embedded data
	}
	return g
}
