package ner

import (
	"errors"
	"math/bits"
	"math/rand/v2"
)

// weightTable maps feature hashes to their weight rows. It is a bucketized
// cuckoo hash table: buckets of two 32-byte entries, and every key in one
// of its two buckets, which independent bits of the key choose. Beside
// the slots, tags holds 8 bits of each slot's key (keyTag): a look-up
// compares the four tags of its two buckets (two 2-byte reads in an array
// a 32nd of the slots' size, which the CPU caches hold far better) and
// reads the one slot whose tag is the key's, to check the key and take
// its row; an absent key, a sixth of those looked up, reads only slot 0,
// whose line stays in the cache, unless a tag of its buckets is its own
// (1.6% of them).
//
// The tagger spends much of its time here, on a table far larger than the
// CPU caches. The lexicon's sorted layout (frozenTable), which the weights
// had until model format 6, reads a bucket start and then, after it, steps
// over two or three lines of entries. With a bucket's two slots read
// together, the layout of formats 6 and 7, the tagger took 16% less time
// (BenchmarkTagNews, the two builds alternated, median of 10 paired runs,
// December 5). But a look-up then read both buckets' keys: two cache lines
// when a bucket is one, four when the slots lie 32 bytes off a line, as
// the embedded models' may (the linker aligns embedded data to 32 bytes
// only) and tr.model's do. With the tags, one line of slots whatever their
// alignment: tagging 1.5 MB of new Turkish text in process took 9.2% less
// time (10.0% on NTREX Turkish x5; the two look-ups alternated pass by
// pass, a fresh model 32 bytes off a line for each, medians of 80 paired
// passes; 16-bit tags, twice the array, saved 2-3% less), and the
// table's last-level cache misses fell by two thirds (cachegrind, 1 MB
// simulated, compare -once on that text), for 0.3% more instructions.
//
// An empty slot is all zeros: key 0 is never a feature's hash (see feat),
// so it matches no look-up, and its row is zero, as an absent key's is.
type weightTable struct {
	slots []tableEntry[rowWeights] // bucket b is slots[2b] and slots[2b+1]; at least one bucket
	tags  [][2]uint8               // bucket b's tags: keyTag of its slots' keys (0 for an empty slot)
	n     int                      // keys held
}

// keyTag returns the bits of key that tags holds: bits 32-39, which choose
// neither of its buckets in a table of up to 2^24 buckets (see buckets),
// so that the tags of a bucket's keys are as random as a key's.
func keyTag(key uint64) uint8 { return uint8(key >> 32) }

// tagMask has the bits of a key that keyTag returns.
const tagMask = 0xff << 32

// tagsOf returns the tags of slots, bucket by bucket.
func tagsOf(slots []tableEntry[rowWeights]) [][2]uint8 {
	tags := make([][2]uint8, len(slots)/2)
	for b := range tags {
		tags[b] = [2]uint8{keyTag(slots[2*b].key), keyTag(slots[2*b+1].key)}
	}
	return tags
}

// weightLoad is the share of slots newWeightTable aims to fill. Buckets of
// two with two choices fill up to about 0.89 before insertions fail; at
// 0.88 the table is 14% larger than its entries, as large as the sorted
// layout with its index.
const weightLoad = 0.88

// buckets returns key's two buckets of nb: one from the key's high bits,
// one from the high bits of its low half (bits.Mul64 scales them to nb).
// They are independent because keys are hashes (mix64's output).
func buckets(key, nb uint64) (b1, b2 uint64) {
	b1, _ = bits.Mul64(key, nb)
	b2, _ = bits.Mul64(bits.RotateLeft64(key, 32), nb)
	return b1, b2
}

// get returns the row of key, zero when t does not hold it.
func (t *weightTable) get(key uint64) rowWeights { return *t.row(uint32(t.find(key))) }

// len returns the number of keys.
func (t *weightTable) len() int { return t.n }

// errUnplaceable is newWeightTable's error.
var errUnplaceable = errors.New("keys that no cuckoo table holds (repeated keys?)")

// newWeightTable places entries, whose keys must be distinct and nonzero,
// at about weightLoad, in more buckets if insertion fails. It places the
// same entries in the same order the same way, so that a model is written
// byte for byte the same each time it is trained. It fails only when even
// a table at half load cannot hold the keys, which distinct hashes never
// make happen (a corrupt old model file's repeated keys can).
func newWeightTable(entries []tableEntry[rowWeights]) (weightTable, error) {
	n := uint64(len(entries))
	for nb := uint64(float64(n)/(2*weightLoad)) + 1; ; nb += nb/4 + 1 {
		if slots, ok := placeCuckoo(entries, nb); ok {
			return weightTable{slots: slots, tags: tagsOf(slots), n: len(entries)}, nil
		}
		if nb >= n {
			return weightTable{}, errUnplaceable
		}
	}
}

// placeCuckoo places entries in nb buckets: each in its first bucket when
// that has room, else its second, else in the second in place of one of
// the two there, which moves on to its other bucket, and so on (a random
// walk, seeded for the same result every time). It gives up after about
// 100 moves per key.
func placeCuckoo(entries []tableEntry[rowWeights], nb uint64) ([]tableEntry[rowWeights], bool) {
	slots := make([]tableEntry[rowWeights], 2*nb)
	rng := rand.New(rand.NewPCG(nb, uint64(len(entries))))
	moves := 100*len(entries) + 1000
	for _, cur := range entries {
		b1, b2 := buckets(cur.key, nb)
		b := b1
		if slots[2*b1].key != 0 && slots[2*b1+1].key != 0 {
			b = b2
		}
		for {
			s := 2 * b
			if slots[s].key == 0 {
				slots[s] = cur
				break
			}
			if slots[s+1].key == 0 {
				slots[s+1] = cur
				break
			}
			if moves == 0 {
				return nil, false
			}
			moves--
			v := s + rng.Uint64()&1
			cur, slots[v] = slots[v], cur
			if b1, b2 := buckets(cur.key, nb); b == b1 {
				b = b2
			} else {
				b = b1
			}
		}
	}
	return slots, true
}
