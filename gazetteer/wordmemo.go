package gazetteer

import (
	"hash/maphash"

	"github.com/varlik/varlik/internal/memo"
)

// wordMemo is a bounded set of words, each by a 64-bit hash of all that
// an answer of Match's about it depends on, which Match keeps so as not to
// work that answer out again: news repeats its words within a document
// and from one to the next (Gazetteer.noOrgPrefix, Gazetteer.noStemStart).
// It holds hashes, no string (memo.Hashed with answers of no bits). Two
// words sharing a hash would mislead it, as they would mislead the index,
// whose keys are 64-bit hashes too.
type wordMemo struct {
	hashes memo.Hashed
}

// wordMemoSeed hashes the words of every wordMemo.
var wordMemoSeed = maphash.MakeSeed()

// wordMemoHash returns the hash by which a wordMemo keeps word, never 0
// (an empty slot).
func wordMemoHash(word string) uint64 { return maphash.String(wordMemoSeed, word) | 1 }

// stemsMemoHash returns the hash by which a wordMemo keeps word as the
// language whose code hashes to code (wordMemoHash) stems it, never 0: a
// StemSplitter's stems are a function of the word, and the memos that
// keep answers across documents take a code's answers as one language's
// for the life of a process (lang.Register), as this one does.
func stemsMemoHash(code uint64, word string) uint64 {
	return (maphash.String(wordMemoSeed, word) ^ code) | 1
}

// has reports whether the word with hash h is kept.
func (m *wordMemo) has(h uint64) bool {
	_, ok := m.hashes.Lookup(h, 0)
	return ok
}

// add keeps the word with hash h, in place of the one its slot held.
func (m *wordMemo) add(h uint64) { m.hashes.Store(h, 0, 0) }
