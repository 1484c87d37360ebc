package tr

import (
	"hash/maphash"

	"github.com/varlik/varlik/internal/memo"
)

// gluedHeads keeps NameBeforeGluedSuffix(norm, knownName) of recent
// capitalized words, across documents: SplitGluedSuffixes asks it of every
// capitalized word without an apostrophe suffix, and it looked up every
// prefix of the word that may be a name in the glued stems' table (a hash
// and a probe each) and analyzed the word where one was. A slot holds the
// word's hash with the answer, a byte offset below 256 (no word longer
// than maxWordLen is asked), in its low byte (memo.Hashed), no string, so
// that the memo allocates nothing and is safe for concurrent use.
var (
	gluedHeads     memo.Hashed
	gluedHeadsSeed = maphash.MakeSeed()
)

// gluedHead returns NameBeforeGluedSuffix(norm, knownName), from gluedHeads
// when it holds it; norm is at most maxWordLen bytes long.
func gluedHead(norm string) int {
	h := maphash.String(gluedHeadsSeed, norm)
	// An answer past the word's end can only be another word's, met by
	// chance: worked out again rather than trusted.
	if head, ok := gluedHeads.Lookup(h, 8); ok && int(head) <= len(norm) {
		return int(head)
	}
	head := NameBeforeGluedSuffix(norm, knownName)
	gluedHeads.Store(h, 8, uint64(head))
	return head
}
