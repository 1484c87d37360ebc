package recognize

import (
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// passBuffers holds the arrays a Recognize call fills and drops again:
// each token's wordCase and WordCues, the model's spans and the
// gazetteer's matches of each window in turn, truecaseLower's copies of
// a sentence's tokens, the sentences about sports (sportsSentences) and
// the tokens inside mentions (addKnownSurnames). Made anew for each
// document they were six of the sixteen allocations of a line of news,
// and the copies a twentieth of the bytes of news outside its tokens, so
// a pool keeps them for the documents to come; a pass takes its own, so
// no two goroutines share one. So are the words a rule hands the
// language (addOpeningPeople's after a sentence's first,
// mediaBeforeReports's after a suffix): the call through an interface
// let an array a document escape, one allocation in twenty of a Russian
// line's.
type passBuffers struct {
	cases   wordCases
	cues    []lang.WordCues
	spans   []annotation.Span
	matches []gazetteer.Match
	lower   lowerBuffers
	sports  []bool              // by sentence
	covered []bool              // by token
	words   [handedWords]string // each rule's in turn, for the time of its call
}

// handedWords is the most words a rule hands the language at once
// (openingWords, reportSourceWords).
const handedWords = 3

// maxPooledTokens bounds the tokens, spans and matches whose arrays a
// released passBuffers keeps: a news article has a few thousand tokens,
// and a huge document's arrays would stay in the pool long after it.
const maxPooledTokens = 1 << 16

var passPool = sync.Pool{New: func() any { return new(passBuffers) }}

// getPassBuffers returns a passBuffers from the pool.
func getPassBuffers() *passBuffers { return passPool.Get().(*passBuffers) }

// wordCases returns the wordCases of toks, in b's array.
func (b *passBuffers) wordCases(toks []lang.Token) wordCases {
	b.cases = resized(b.cases, len(toks))
	return fillWordCases(b.cases, toks)
}

// wordCues returns the wordCues of toks in l, in b's array.
func (b *passBuffers) wordCues(toks []lang.Token, l lang.Language) wordCues {
	b.cues = resized(b.cues, len(toks))
	return fillWordCues(b.cues, toks, l)
}

// release puts b back in the pool, unless a long document grew it past
// maxPooledTokens. The matches and the token copies are cleared: the
// pool holds no gazetteer entries, and no document's text.
func (b *passBuffers) release() {
	if cap(b.cases) > maxPooledTokens || cap(b.spans) > maxPooledTokens || cap(b.matches) > maxPooledTokens ||
		cap(b.lower.toks) > maxPooledTokens || cap(b.lower.flags) > 4*maxPooledTokens ||
		cap(b.sports) > maxPooledTokens || cap(b.covered) > maxPooledTokens {
		return
	}
	clear(b.matches[:cap(b.matches)])
	// Only the copies' length holds tokens (tokensOf): clearing their
	// capacity cost every document the longest sentence before it.
	clear(b.lower.toks)
	clear(b.words[:])
	passPool.Put(b)
}

// resized returns s with length n, in its own array when it has room
// (its elements then as the last document left them: the callers set
// each one).
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
