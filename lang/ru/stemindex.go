package ru

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// stemIndex finds the stems of a list that begin a folded word by the
// word's first two runes (cueKey), longest first, then alphabetical. The
// lists' stems have two runes at least. A word the tagger and the rules
// ask about starts with two letters from а to я, for which the stems are
// found in a table in line: a map of 64-bit keys took a hash and a probe
// for every word (Cue, asked of most words of a document, cost about 200
// instructions a call, half of it the map's); others, in a map.
type stemIndex struct {
	lower  [32 * 32]stemSpan // by the two letters' lowerLetter
	stems  []classedStem     // lower's stems, each pair's together
	others map[uint64][]classedStem
	ascii  bool // some stem starts with an ASCII byte
}

// classedStem is a stem of a stemIndex and its class.
type classedStem struct {
	stem  string
	class lang.Cue
}

// stemSpan is where a pair's stems stand in stemIndex.stems.
type stemSpan struct{ from, to uint16 }

// newStemIndex returns the index of the stems of each class.
func newStemIndex(stems map[lang.Cue][]string) *stemIndex {
	x := &stemIndex{others: map[uint64][]classedStem{}}
	byKey := map[uint64][]classedStem{}
	for class, list := range stems {
		for _, s := range list {
			k, ok := cueKey(s)
			if !ok {
				panic("lang/ru: a stem of one rune: " + s)
			}
			byKey[k] = append(byKey[k], classedStem{s, class})
			x.ascii = x.ascii || s[0] < utf8.RuneSelf
		}
	}
	for _, b := range byKey { // longest first, then alphabetical
		slices.SortStableFunc(b, func(x, y classedStem) int {
			return cmp.Or(cmp.Compare(len(y.stem), len(x.stem)), strings.Compare(x.stem, y.stem))
		})
	}
	for first := 'а'; first <= 'я'; first++ {
		for second := 'а'; second <= 'я'; second++ {
			k := uint64(first)<<32 | uint64(second)
			from := len(x.stems)
			x.stems = append(x.stems, byKey[k]...)
			x.lower[(first-'а')<<5|(second-'а')] = stemSpan{uint16(from), uint16(len(x.stems))}
			delete(byKey, k)
		}
	}
	for k, b := range byKey {
		x.others[k] = b
	}
	return x
}

// of returns the stems whose first two runes are norm's, in order.
func (x *stemIndex) of(norm string) []classedStem {
	if lang.LowerCyrillicAt(norm, 0) && lang.LowerCyrillicAt(norm, 2) {
		s := x.lower[lowerLetter(norm, 0)<<5|lowerLetter(norm, 2)]
		return x.stems[s.from:s.to]
	}
	if norm != "" && norm[0] < utf8.RuneSelf && !x.ascii {
		return nil // a number or punctuation, which the tagger asks about too
	}
	k, ok := cueKey(norm)
	if !ok {
		return nil
	}
	return x.others[k]
}

// longest returns the class of the longest stem that begins norm, or
// lang.NoCue.
func (x *stemIndex) longest(norm string) lang.Cue {
	for _, c := range x.of(norm) {
		if n := len(c.stem); n <= len(norm) && norm[:n] == c.stem {
			return c.class
		}
	}
	return lang.NoCue
}
