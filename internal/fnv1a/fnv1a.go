// Package fnv1a is the 64-bit FNV-1a hash, in functions small enough to
// inline: lang's word tables, the Turkish and Russian form indexes, the
// gazetteer's keys and the tagger's features hash byte by byte with it in
// their hot loops, where hash/fnv's interface would cost a call and an
// allocation. The gazetteer's packed index and the models store its
// values, so it never changes.
package fnv1a

const (
	Offset uint64 = 14695981039346656037 // the hash of nothing
	Prime  uint64 = 1099511628211
)

// AddByte returns h, the hash of some bytes, extended by b.
func AddByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * Prime }

// AddString returns h, the hash of some bytes, extended by the bytes of s.
func AddString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * Prime
	}
	return h
}

// String returns the hash of the bytes of s.
func String(s string) uint64 { return AddString(Offset, s) }
