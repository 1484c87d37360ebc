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

// unmix64 is mix64's inverse: unmix64(mix64(x)) == x. It undoes mix64's
// steps in the reverse order: a multiplication by the inverse of the
// multiplier modulo 2^64 (mix64Inv1, mix64Inv2), and x ^= x>>s by the XOR
// of x's shifts by the multiples of s below 64.
func unmix64(x uint64) uint64 {
	x ^= x>>31 ^ x>>62
	x *= mix64Inv2
	x ^= x>>27 ^ x>>54
	x *= mix64Inv1
	x ^= x>>30 ^ x>>60
	return x
}

// The inverses of mix64's multipliers modulo 2^64 (TestUnmix64 checks
// them).
const (
	mix64Inv1 = 0x96de1b173f119089 // of 0xbf58476d1ce4e5b9
	mix64Inv2 = 0x319642b2d24d8ec3 // of 0x94d049bb133111eb
)

// keyValues returns u and whether key is 1, from which featValue gives the
// values v whose feature feat(tmpl, v) may be key, for any template: u is
// the value of mix64 that gives key, and key 1 is also the feature of the
// value whose mix is 0.
func keyValues(key uint64) (u uint64, one bool) { return unmix64(key), key == 1 }

// featValue returns the value v of a template's feature feat(tmpl, v)
// whose mix is u (keyValues).
func featValue(tmpl, u uint64) uint64 { return u ^ tmpl*0x9e3779b97f4a7c15 }

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
