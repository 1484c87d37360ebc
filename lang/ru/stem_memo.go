package ru

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/varlik/varlik/lang"
)

// stemMemoBits is the base-2 logarithm of the number of words whose stems
// stemMemo keeps.
const stemMemoBits = 12

// stemMemo keeps the stems of recent words (AppendStemParts). The
// gazetteer asks for them of every capitalized word of a document and of
// every word after a name's first words, and news repeats its names and
// words within a document and from one to the next: working them out took
// about 1,100 instructions a word (appendStems, plausibleParts, repeats),
// 3.7% of Extract's on Russian news. A slot holds a word's hash and its
// stems packed in 64 bits (packStems), no string, so that the memo
// allocates nothing; it is direct-mapped and safe for concurrent use
// without a lock: a slot's two words are stored one after the other, and
// the first holds the XOR of the hash and the second, so that a reader who
// meets a slot half written finds that they disagree with the hash it asks
// about and works the stems out (unless the 64-bit XOR happens to match,
// as unlikely as two words sharing a hash, which would also mislead it:
// the gazetteer's keys are 64-bit hashes too).
var (
	stemMemo     [1 << stemMemoBits]stemSlot
	stemMemoSeed = maphash.MakeSeed()
)

type stemSlot struct {
	check  atomic.Uint64 // hash ^ packed
	packed atomic.Uint64
}

// Packed stems: a count in the low stemCountBits bits, then for each stem
// its ending's index in endings and its nominative ending's in that
// ending's Nom. A word with more stems, or an index too large, is not
// kept.
const (
	stemCountBits  = 4
	stemEndingBits = 6
	stemNomBits    = 3
	stemBits       = stemEndingBits + stemNomBits
	maxPackedStems = (64 - stemCountBits) / stemBits
)

// appendMemoStems appends the stems of word, which has Cyrillic letters,
// as AppendStemParts does, from stemMemo when it holds them.
func appendMemoStems(dst []lang.StemParts, word string) []lang.StemParts {
	h := maphash.String(stemMemoSeed, word) | 1 // never 0: an empty slot matches no word
	slot := &stemMemo[h>>(64-stemMemoBits)]
	if packed := slot.packed.Load(); slot.check.Load()^packed == h && packedFits(word, packed) {
		return appendPacked(dst, word, packed)
	}
	var buf [maxAnalyses - 1]stemParts
	stems := appendStems(buf[:0], word)
	for _, p := range stems {
		dst = append(dst, p.StemParts)
	}
	if packed, ok := packStems(stems); ok {
		slot.check.Store(h ^ packed)
		slot.packed.Store(packed)
	}
	return dst
}

// packStems packs stems into a slot's 64 bits, if they fit.
func packStems(stems []stemParts) (uint64, bool) {
	if len(stems) > maxPackedStems {
		return 0, false
	}
	packed := uint64(len(stems))
	for k, p := range stems {
		if p.ending >= 1<<stemEndingBits || p.nom >= 1<<stemNomBits {
			return 0, false
		}
		packed |= uint64(p.ending|p.nom<<stemEndingBits) << (stemCountBits + k*stemBits)
	}
	return packed, true
}

// packedFits reports whether every stem packed holds names an ending and a
// nominative that exist and an ending of word: so it is for the word whose
// stems they are, and the test keeps a slot that another word's hash
// matched by chance from indexing or slicing out of range.
func packedFits(word string, packed uint64) bool {
	n := int(packed & (1<<stemCountBits - 1))
	for packed >>= stemCountBits; n > 0; n-- {
		e := int(packed & (1<<stemEndingBits - 1))
		if e >= len(endings) || !strings.HasSuffix(word, endings[e].End) ||
			int(packed>>stemEndingBits&(1<<stemNomBits-1)) >= len(endings[e].Nom) {
			return false
		}
		packed >>= stemBits
	}
	return true
}

// appendPacked appends the stems of word that packed holds (packStems).
func appendPacked(dst []lang.StemParts, word string, packed uint64) []lang.StemParts {
	n := int(packed & (1<<stemCountBits - 1))
	for packed >>= stemCountBits; n > 0; n-- {
		e := &endings[packed&(1<<stemEndingBits-1)]
		nom := e.Nom[packed>>stemEndingBits&(1<<stemNomBits-1)]
		dst = append(dst, lang.StemParts{Base: word[:len(word)-len(e.End)], Ending: nom})
		packed >>= stemBits
	}
	return dst
}
