package ru

import (
	"hash/maphash"
	"sync/atomic"
)

// wordAnswersBits is the base-2 logarithm of the number of words whose
// answer a wordAnswers keeps.
const wordAnswersBits = 12

// wordAnswers keeps a yes-or-no answer about recent words, across
// documents, for a question the rules ask of many words of every document
// and whose answer depends on the word alone (Adjective). A slot holds
// the word's 64-bit hash with the answer in its lowest bit, no string, so
// that the memo allocates nothing; it is direct-mapped and safe for
// concurrent use, each slot one atomic word. Two words sharing 63 bits of
// their hash would mislead it, as unlikely as in stemMemo.
type wordAnswers struct {
	slots [1 << wordAnswersBits]atomic.Uint64
}

var wordAnswersSeed = maphash.MakeSeed()

// get returns answer(word), from m when it holds it.
func (m *wordAnswers) get(word string, answer func(string) bool) bool {
	h := maphash.String(wordAnswersSeed, word) | 2 // never an empty slot's (0), whatever the answer bit
	slot := &m.slots[h>>(64-wordAnswersBits)]
	if s := slot.Load(); s|1 == h|1 {
		return s&1 != 0
	}
	yes := answer(word)
	kept := h &^ 1
	if yes {
		kept |= 1
	}
	slot.Store(kept)
	return yes
}
