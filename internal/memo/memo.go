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

// Table is a direct-mapped memo of Size slots, by a hash of the key. It
// is safe for concurrent use: a slot holds an immutable entry, replaced
// whole, used only when its key is the one asked for, so that Get returns
// what its compute would. Make one with New.
type Table[V any] struct {
	slots [Size]atomic.Pointer[entry[V]]
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
// stores, never key itself.
func (t *Table[V]) Get(key []byte, compute func() V) V {
	slot := &t.slots[maphash.Bytes(seed, key)%Size]
	if e := slot.Load(); e != nil && e.key == string(key) {
		return e.value
	}
	v := compute()
	slot.Store(&entry[V]{key: string(key), value: v})
	return v
}
