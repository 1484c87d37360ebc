package link

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/varlik/varlik/lang"
)

// wordsMemoSize is the number of names a wordsMemo keeps.
const wordsMemoSize = 4096

// wordsMemo keeps values recently worked out from the words of a name in
// a language: news names the same people, places and organizations from
// one document to the next, and a name's key reads each word's analyses,
// stems, romanization and institutional glosses. It is direct-mapped by
// a hash of the language's code, a flag and the words, bounded, and safe
// for concurrent use: a slot holds an immutable entry, replaced whole,
// used only when its key is the one asked for, so that get returns what
// its compute would. A language code names one language in a process
// (lang.Register).
type wordsMemo[V any] struct {
	slots [wordsMemoSize]atomic.Pointer[memoized[V]]
	seed  maphash.Seed
}

// memoized is a wordsMemo entry: key is the language's code, the flag
// and the words, each followed by a 0 byte.
type memoized[V any] struct {
	key   string
	value V
}

func newWordsMemo[V any]() *wordsMemo[V] { return &wordsMemo[V]{seed: maphash.MakeSeed()} }

// get returns compute(), the value of words in l with flag (a byte that
// tells apart what compute makes of the same words, or 0), from the memo
// where it holds them. The key is made on the stack for a name of up to
// maxStackKey bytes, so that a name found costs no allocation; the memo
// keeps its own copy of a key it stores: the words are often pieces of a
// document, which it would otherwise keep alive.
func (m *wordsMemo[V]) get(words []string, l lang.Language, flag byte, compute func() V) V {
	var buf [maxStackKey]byte
	key := append(buf[:0], l.Code()...)
	key = append(key, 0)
	if flag != 0 {
		key = append(key, flag)
	}
	key = append(key, 0)
	for _, w := range words {
		key = append(key, w...)
		key = append(key, 0)
	}
	slot := &m.slots[maphash.Bytes(m.seed, key)%wordsMemoSize]
	if e := slot.Load(); e != nil && e.key == string(key) {
		return e.value
	}
	v := compute()
	slot.Store(&memoized[V]{key: string(key), value: v})
	return v
}

// maxStackKey is the length of the longest memo key made on the stack:
// most names' keys are shorter than a hundred bytes.
const maxStackKey = 128

// Name IDs (3.5% of the time of Extract on Turkish news, 5.8% on Russian,
// when they were first kept) and the keys of names the gazetteer does not
// find (about a tenth of linking).
var (
	nameIDMemo = newWordsMemo[string]()
	keyMemo    = newWordsMemo[entryKey]()
)

// memoNameID returns nameID(words, l, person), from the memo where it
// holds the name.
func memoNameID(words []string, l lang.Language, person bool) string {
	var flag byte
	if person {
		flag = 'p'
	}
	return nameIDMemo.get(words, l, flag, func() string { return nameID(words, l, person) })
}

// memoKeyOf returns keyOf(words, l), from the memo where it holds the
// name.
func memoKeyOf(words []string, l lang.Language) entryKey {
	return keyMemo.get(words, l, 0, func() entryKey { return keyOf(words, l) })
}
