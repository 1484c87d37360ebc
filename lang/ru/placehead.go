package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PlaceHeads = Russian{}

// onlyAdjectiveEndings are the adjective endings that no noun of a
// place's name takes (the ones nouns share: -ой, -ей, -ом, -ем, -ым, -им,
// республикой, are left out).
var onlyAdjectiveEndings = []string{"ого", "его", "ому", "ему", "ых", "их", "ую", "юю", "ый", "ий", "ая", "яя",
	"ое", "ее", "ые", "ие", "ыми", "ими"}

// HeadsPlace reports whether norm has a place's cue stem (NameCues) and
// no ending only adjectives take (lang.PlaceHeads): республикой, but not
// Красного.
func (r Russian) HeadsPlace(norm string) bool {
	if r.Cue(norm) != lang.LocHead {
		return false
	}
	for _, e := range onlyAdjectiveEndings {
		if strings.HasSuffix(norm, e) {
			return false
		}
	}
	return true
}
