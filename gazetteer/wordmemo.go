package gazetteer

import (
	"hash/maphash"

	"github.com/varlik/varlik/internal/fnv1a"
	"github.com/varlik/varlik/internal/memo"
	"github.com/varlik/varlik/lang"
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

// stemsMemoHash returns the hash by which a wordMemo keeps word with its
// stems, parts as a StemSplitter gives them (each base a prefix of word),
// never 0.
func stemsMemoHash(word string, parts []lang.StemParts) uint64 {
	h := fnv1a.AddByte(maphash.String(wordMemoSeed, word), byte(len(parts)))
	for _, p := range parts {
		h = fnv1a.AddByte(fnv1a.AddByte(h, byte(len(p.Base))), byte(len(p.Base)>>8))
		h = fnv1a.AddString(fnv1a.AddByte(h, byte(len(p.Ending))), p.Ending)
	}
	return h | 1
}

// has reports whether the word with hash h is kept.
func (m *wordMemo) has(h uint64) bool {
	_, ok := m.hashes.Lookup(h, 0)
	return ok
}

// add keeps the word with hash h, in place of the one its slot held.
func (m *wordMemo) add(h uint64) { m.hashes.Store(h, 0, 0) }
