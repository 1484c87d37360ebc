package lang

import (
	"math/bits"

	"github.com/varlik/varlik/internal/fnv1a"
)

// BloomWords is a large set of words embedded as a Bloom filter and read
// in place: a word of the set is always reported, a word not in it with a
// small probability: about 1% at 10 bits a word, 0.3% at the 12 to 13 of
// the embedded filters, whose size is rounded up (BuildBloomWords). It
// suits a list too big to embed word by word, asked for evidence that a
// wrong answer now and then does little harm: Russian's 1.35 million
// dictionary word forms take 2 MB where their text takes 25. The filter
// is blocked: a word's bits all lie in one 64-byte block, so that a
// question reads one cache line of one page, and a program that asks a
// few questions pages in a few blocks, not the whole filter.
//
// The layout: one byte, the number of probes k (1-32); seven zero bytes;
// then the filter, a power of two bytes (64 at least), bit i in byte i/8
// at i%8.
type BloomWords struct {
	bits  string
	k     int
	shift uint // a word's block is the top 64-shift bits of its first hash
}

// bloomBlockBits is the size of a block in bits: a cache line.
const bloomBlockBits = 512

// NewBloomWords returns the set laid out in data by BuildBloomWords; an
// empty or malformed data makes an empty set.
func NewBloomWords(data string) BloomWords {
	if len(data) < 8+bloomBlockBits/8 || data[0] == 0 || data[0] > 32 || data[1:8] != "\x00\x00\x00\x00\x00\x00\x00" {
		return BloomWords{}
	}
	n := len(data) - 8
	if n&(n-1) != 0 {
		return BloomWords{}
	}
	return BloomWords{bits: data[8:], k: int(data[0]), shift: blockShift(n * 8)}
}

// blockShift returns the shift that takes a hash to one of the blocks of
// a filter of size bits.
func blockShift(size int) uint {
	return uint(64 - bits.TrailingZeros(uint(size/bloomBlockBits)))
}

// Has reports whether word may be in the set: true for every word of it,
// and for a small share of the others.
func (b BloomWords) Has(word string) bool {
	if b.k == 0 {
		return false
	}
	block, h := bloomHashes(word, b.shift)
	for range b.k {
		bit := block + h%bloomBlockBits
		if b.bits[bit/8]&(1<<(bit%8)) == 0 {
			return false
		}
		h = bits.RotateLeft64(h, -9)
	}
	return true
}

// BuildBloomWords lays out the Bloom filter of words for NewBloomWords:
// bitsPerWord bits a word at least (rounded up to a power of two bits in
// all, one block at least) and k probes a word.
func BuildBloomWords(words []string, bitsPerWord, k int) []byte {
	size := bloomBlockBits
	for size < bitsPerWord*len(words) {
		size <<= 1
	}
	out := make([]byte, 8+size/8)
	out[0] = byte(k)
	filter := out[8:]
	shift := blockShift(size)
	for _, w := range words {
		block, h := bloomHashes(w, shift)
		for range k {
			bit := block + h%bloomBlockBits
			filter[bit/8] |= 1 << (bit % 8)
			h = bits.RotateLeft64(h, -9)
		}
	}
	return out
}

// bloomHashes returns the first bit of a word's block (of the filter
// whose blocks shift selects) and the hash whose 9-bit groups place its k
// bits in the block: FNV-1a, its bits spread by two multiplications.
func bloomHashes(word string, shift uint) (block uint64, h uint64) {
	x := fnv1a.String(word)
	h1 := (x ^ x>>29) * 0xBF58476D1CE4E5B9
	h1 ^= h1 >> 31
	h2 := (x ^ x>>32) * 0x94D049BB133111EB
	return (h1 >> shift) * bloomBlockBits, h2 ^ h2>>29 // a shift of 64 (one block) gives 0
}
