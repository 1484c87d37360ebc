package ner

import "github.com/varlik/varlik/internal/fnv1a"

// Feature hashing. A feature is a template ID combined with one or more
// attribute values; every attribute value is itself a 64-bit hash computed
// once per token. The functions here are pure arithmetic over bytes, so a
// model written by one process is read identically by any other: never
// replace them with hash/maphash (randomly seeded) or change a constant
// without bumping FeatureVersion.

// hashString is FNV-1a over the bytes of s. It does not allocate.
func hashString(s string) uint64 { return fnv1a.String(s) }

// mix64 is the splitmix64 finalizer: a bijection that spreads every input
// bit over the output, so that combined hashes index the weight table
// uniformly.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat combines a template with one attribute hash. The result is never 0
// (0 marks an empty slot in the weight tables).
func feat(tmpl uint64, v uint64) uint64 {
	h := mix64(tmpl*0x9e3779b97f4a7c15 ^ v)
	if h == 0 {
		h = 1
	}
	return h
}

// feat2 combines a template with two attribute hashes, order-sensitive.
// It spells mixFirst out: the call would take it over the inliner's budget.
func feat2(tmpl uint64, a, b uint64) uint64 {
	return feat(tmpl, mix64(a+pairSeed)^b)
}

// pairSeed is added to feat2's first hash before it is mixed.
const pairSeed = 0x632be59bd9b4e019

// mixFirst is feat2's mixing of its first attribute hash. A token's
// attributes hold it for the token's folded form (tokenAttrs.normMix),
// which is the first hash of a word pair's keys, so that a token's two
// pairs, with the word before and the word after it, mix one hash where
// they mixed two.
func mixFirst(a uint64) uint64 { return mix64(a + pairSeed) }

// featMixed is feat2 given its first hash mixed (mixFirst).
func featMixed(tmpl, mixed, b uint64) uint64 { return feat(tmpl, mixed^b) }
