// Package memo keeps values worked out from keys in a bounded table that
// outlives one document: news names the same people, places and clubs from
// one article (or line) to the next, and what a name's look-ups give is
// the same each time.
package memo

import (
	"hash/maphash"
	"sync/atomic"
)

// Size is the number of values a Table keeps.
const Size = 4096

// ways is the number of slots a key may be kept in. With one, 3 to 4% of
// the keys that linking and recognition ask for again on a second pass
// over the news of BenchmarkExtract had lost their slot to another key
// since, and were worked out anew; with two, 0 to 0.4%.
const ways = 2

// Table is a two-way set-associative memo of Size slots, by a hash of the
// key. It is safe for concurrent use: a slot holds an immutable entry,
// replaced whole, used only when its key is the one asked for, so that Get
// returns what its compute would. Make one with New.
type Table[V any] struct {
	sets [Size / ways][ways]atomic.Pointer[entry[V]]
}

// seed hashes the keys of every Table. A seed of each table's own would
// take it 8 bytes past the 32 KB of its slots, the largest size class,
// to a 40 KB allocation.
var seed = maphash.MakeSeed()

type entry[V any] struct {
	key   string
	value V
}

// New returns an empty Table.
func New[V any]() *Table[V] { return new(Table[V]) }

// Get returns compute(), from the table where it holds key. key may be a
// caller's scratch buffer (one on the stack, so that a key found costs no
// allocation) or a piece of a document: the table keeps a copy of a key it
// stores, never key itself. A key computed anew goes in its set's first
// slot, and the entry there moves to the second, in place of the one
// stored longest ago.
func (t *Table[V]) Get(key []byte, compute func() V) V {
	set := &t.sets[maphash.Bytes(seed, key)%(Size/ways)]
	for i := range set {
		if e := set[i].Load(); e != nil && e.key == string(key) {
			return e.value
		}
	}
	v := compute()
	for i := ways - 1; i > 0; i-- {
		set[i].Store(set[i-1].Load())
	}
	set[0].Store(&entry[V]{key: string(key), value: v})
	return v
}
