package ru

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/varlik/varlik/lang"
)

// analysisMemoSize is the number of words whose analyses are kept.
const analysisMemoSize = 4096

// analysisMemo keeps the analyses of recent words (Analyze). The linker
// and the rules ask for the analyses of the words of names again for
// each mention and stage (short mentions, name stems, organizations'
// forms, surnames), and news repeats its names and words within a
// document and from one document to the next; an analysis made two
// allocations, a fifth of those of Extract on Russian news. The memo is
// direct-mapped by a hash of the word, bounded, and safe for concurrent
// use: a slot holds an immutable entry, replaced whole, and an entry is
// used only when its word is the one asked for, so that Analyze returns
// what analyzing the word again would.
var (
	analysisMemo     [analysisMemoSize]atomic.Pointer[analyzedWord]
	analysisMemoSeed = maphash.MakeSeed()
)

type analyzedWord struct {
	word     string
	analyses []lang.Analysis // len == cap: an append copies
}

// memoAnalyses returns analyze(word), from the memo or made and kept. A
// kept entry analyzes a copy of word: word is often a piece of a
// document, which the entry's stems would otherwise keep alive.
func memoAnalyses(word string, analyze func(string) []lang.Analysis) []lang.Analysis {
	slot := &analysisMemo[maphash.String(analysisMemoSeed, word)%analysisMemoSize]
	if e := slot.Load(); e != nil && e.word == word {
		return e.analyses
	}
	w := strings.Clone(word)
	as := analyze(w)
	as = as[:len(as):len(as)]
	slot.Store(&analyzedWord{word: w, analyses: as})
	return as
}
