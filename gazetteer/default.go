package gazetteer

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
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

// DataVersion identifies the embedded default gazetteer's data: the first
// 12 hex digits of its SHA-256. A model trained with gazetteer features
// records it (see ner.Model.Provenance).
func DataVersion() string {
	sum := sha256.Sum256([]byte(defaultTSV))
	return hex.EncodeToString(sum[:6])
}
