package lang

import (
	"math/bits"

	"github.com/varlik/varlik/internal/fnv1a"
)

// BloomWords is a large set of words embedded as a Bloom filter and read
// in place: a word of the set is always reported, a word not in it with a
// small probability, about 1% at 10 bits a word (BuildBloomWords). It
// suits a list too big to embed word by word, asked for evidence that a
// wrong answer now and then does little harm: Russian's 1.35 million
// dictionary word forms take 2 MB where their text takes 25.
//
// The layout: one byte, the number of probes k (1-32); seven zero bytes;
// then the filter, a power of two bytes (8 at least), bit i in byte i/8
// at i%8.
type BloomWords struct {
	bits  string
	k     int
	shift uint // a probe's bit index is the top 64-shift bits of a mixed hash
}

// NewBloomWords returns the set laid out in data by BuildBloomWords; an
// empty or malformed data makes an empty set.
func NewBloomWords(data string) BloomWords {
	if len(data) < 16 || data[0] == 0 || data[0] > 32 {
		return BloomWords{}
	}
	n := len(data) - 8
	if n%8 != 0 || n&(n-1) != 0 {
		return BloomWords{}
	}
	return BloomWords{bits: data[8:], k: int(data[0]), shift: uint(64 - bits.TrailingZeros(uint(n*8)))}
}

// Has reports whether word may be in the set: true for every word of it,
// and for a small share of the others.
func (b BloomWords) Has(word string) bool {
	if b.k == 0 {
		return false
	}
	h1, h2 := bloomHashes(word)
	for i := range b.k {
		bit := (h1 + uint64(i)*h2) >> b.shift
		if b.bits[bit/8]&(1<<(bit%8)) == 0 {
			return false
		}
	}
	return true
}

// BuildBloomWords lays out the Bloom filter of words for NewBloomWords:
// bitsPerWord bits a word at least (rounded up to a power of two bits in
// all, at least 64) and k probes a word.
func BuildBloomWords(words []string, bitsPerWord, k int) []byte {
	size := 64
	for size < bitsPerWord*len(words) {
		size <<= 1
	}
	out := make([]byte, 8+size/8)
	out[0] = byte(k)
	filter := out[8:]
	shift := uint(64 - bits.TrailingZeros(uint(size)))
	for _, w := range words {
		h1, h2 := bloomHashes(w)
		for i := range k {
			bit := (h1 + uint64(i)*h2) >> shift
			filter[bit/8] |= 1 << (bit % 8)
		}
	}
	return out
}

// bloomHashes returns the two hashes whose combinations h1 + i*h2 give a
// word's probes (Kirsch and Mitzenmacher): FNV-1a, its bits spread by
// two multiplications, read from the top; h2 odd.
func bloomHashes(word string) (uint64, uint64) {
	h := fnv1a.String(word)
	h1 := (h ^ h>>29) * 0xBF58476D1CE4E5B9
	h2 := (h ^ h>>32) * 0x94D049BB133111EB
	return h1 ^ h1>>31, h2 | 1
}
