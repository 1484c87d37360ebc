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

// defaultIndex is defaultTSV's index, built by `go generate ./gazetteer`
// (see packed.go).
//
//go:embed data/default.idx
var defaultIndex []byte

// loadDefault loads the embedded data once: in place from its packed
// index, or, where that cannot be used (a big-endian machine), by parsing
// the TSV. TestDefault proves that both load without error.
var loadDefault = sync.OnceValues(func() (*Gazetteer, error) {
	if g, err := loadPacked(defaultIndex, defaultTSV); err == nil {
		return g, nil
	}
	return parseDefault()
})

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
// government, with Turkish, English and Russian names. It is loaded on
// first use, in place from its prebuilt index (tens of microseconds: the
// index, the filter of its keys and the table of its IDs are read where
// they lie; each entry is decoded when first asked for), and shared
// afterwards; add to it with With. Its entries must not be modified.
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
func DataVersion() string { return VersionOf([]byte(defaultTSV)) }

// VersionOf identifies gazetteer data as DataVersion identifies the
// default's: the first 12 hex digits of the SHA-256 of its text (TSV or
// JSONL, uncompressed).
func VersionOf(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:6])
}
