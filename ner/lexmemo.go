package ner

import "sync/atomic"

// lexMemo keeps the lexicon's answers for the words last asked of it
// through a Model's CapitalizedShare, WordClasses and LexiconEntry, which
// the recognizer asks of most words of every document: an answer from
// the table reads its index and then its entries, two cache misses in the
// 5.5 MB of the Turkish lexicon (3.6% of BenchmarkExtract's time on
// Turkish news went to them), where a memo slot is one read of 32 KB.
//
// A slot holds one entry as the table holds it, the key's top 48 bits
// over its 16-bit value, in one word that is read and written atomically
// (a Model is used by many goroutines), and is the slot of the keys whose
// bits 16 to 27 are its index. The table compares keys on their top 48
// bits, so a slot whose top 48 bits are a key's answers for it; a key the
// table lacks is kept with bit 16 of its top bits flipped and value 0,
// which no key of the slot has (their bits 16 to 27 are the slot's index),
// and a slot holding neither answers nothing. An empty slot holds index
// XOR 2 in those bits, which no key of the slot has either way.
type lexMemo struct {
	slots [lexMemoSlots]atomic.Uint64
}

const lexMemoSlots = 1 << 12

// newLexMemo returns an empty memo.
func newLexMemo() *lexMemo {
	l := new(lexMemo)
	for i := range l.slots {
		l.slots[i].Store(uint64(i^2) << 16)
	}
	return l
}

// get returns t.get(key), from the memo when it holds key's answer.
func (l *lexMemo) get(t *lexTable, key uint64) (uint16, bool) {
	slot := &l.slots[key>>16%lexMemoSlots]
	switch s := slot.Load(); s >> 16 {
	case key >> 16:
		return uint16(s), true
	case key>>16 ^ 1:
		return 0, false
	}
	v, ok := t.get(key)
	if ok {
		slot.Store(key&^lexValueMask | uint64(v))
	} else {
		slot.Store((key>>16 ^ 1) << 16)
	}
	return v, ok
}

// lexValue returns the lexicon's value of the word of hash key and whether
// it lists the word, through m's memo (made on first use).
func (m *Model) lexValue(key uint64) (uint16, bool) {
	l := m.lexMemo.Load()
	if l == nil {
		m.lexMemo.CompareAndSwap(nil, newLexMemo())
		l = m.lexMemo.Load()
	}
	return l.get(&m.fs.lex, key)
}
