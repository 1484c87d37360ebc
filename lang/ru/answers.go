package ru

import (
	"hash/maphash"

	"github.com/varlik/varlik/internal/memo"
)

// wordAnswers keeps a yes-or-no answer about recent words, across
// documents, for a question the rules ask of many words of every document
// and whose answer depends on the word alone (Adjective): a word's hash
// with its answer in one bit (memo.Hashed), no string, so that the memo
// allocates nothing and is safe for concurrent use.
type wordAnswers struct {
	hashes memo.Hashed
}

var wordAnswersSeed = maphash.MakeSeed()

// get returns answer(word), from m when it holds it.
func (m *wordAnswers) get(word string, answer func(string) bool) bool {
	h := maphash.String(wordAnswersSeed, word)
	if yes, ok := m.hashes.Lookup(h, 1); ok {
		return yes != 0
	}
	yes := answer(word)
	var bit uint64
	if yes {
		bit = 1
	}
	m.hashes.Store(h, 1, bit)
	return yes
}
