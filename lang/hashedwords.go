package lang

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/varlik/varlik/internal/fnv1a"
)

// HashedWords is a word list embedded as text, one word a line, asked
// through an open-addressing table of where each line starts, made on the
// first question. Use it where a list is asked of many words of every
// document and a bisection of SortedWords would cost too many comparisons;
// the table holds no pointers and no strings, so that making it costs a
// pass over the text and a tenth of the time (and none of the garbage
// collector's work) of a map of the words: 0.5 ms against 5 ms for
// Turkish's 14,600 given names, before a program can tag one sentence.
// Every line that opens with "#" is a comment, wherever it stands (unlike
// SortedWords, whose comments lead). Make one with NewHashedWords (the
// zero value is not ready); it is safe for concurrent use.
type HashedWords struct {
	text  string
	once  sync.Once
	slots []uint32 // line start + 1 by the word's hash; 0 empty; made once
}

// NewHashedWords returns the list of text's lines.
func NewHashedWords(text string) *HashedWords {
	return &HashedWords{text: text}
}

// table returns the list's slots, made on the first call. sync.Once's
// test inlines, where the function sync.OnceValue returns was a call of
// two dozen instructions at each question.
func (w *HashedWords) table() []uint32 {
	w.once.Do(func() { w.slots = LineSlots(w.text, wordHash) })
	return w.slots
}

// LineSlots returns an open-addressing table of where each line of text
// starts, plus one (0 is an empty slot), put at the slot of hash(line) or
// the first empty one after it; it has at least twice as many slots as
// lines, a power of two. Lines that are empty or open with "#" are left
// out. HashedWords probes it by word; a list asked by another key of its
// lines (a spelling, say) makes it with that key's hash.
func LineSlots(text string, hash func(line string) uint64) []uint32 {
	n := strings.Count(text, "\n") + 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	slots := make([]uint32, size)
	mask := uint64(size - 1)
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if line := text[off : off+end]; line != "" && line[0] != '#' {
			i := hash(line) & mask
			for slots[i] != 0 {
				i = (i + 1) & mask
			}
			slots[i] = uint32(off + 1)
		}
		off += end + 1
	}
	return slots
}

// Has reports whether word is one of the list's lines.
func (w *HashedWords) Has(word string) bool {
	if word == "" {
		return false
	}
	return w.has(w.table(), word)
}

func (w *HashedWords) has(slots []uint32, word string) bool {
	mask := uint64(len(slots) - 1)
	for i := wordHash(word) & mask; slots[i] != 0; i = (i + 1) & mask {
		start := int(slots[i]) - 1
		if end := start + len(word); end <= len(w.text) && w.text[start:end] == word &&
			(end == len(w.text) || w.text[end] == '\n') {
			// A word with a line break matches a run of lines, never
			// one: asked here, where it costs nothing on a miss.
			return strings.IndexByte(word, '\n') < 0
		}
	}
	return false
}

// EncodeSlots lays out slots as little-endian uint32s: the form in which
// a table made at generate time is embedded and read in place (SlotAt).
func EncodeSlots(slots []uint32) []byte {
	out := make([]byte, 4*len(slots))
	for i, v := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// SlotAt returns slot i of slots, a table laid out by EncodeSlots.
func SlotAt(slots string, i uint64) uint32 {
	s := slots[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// wordHash is the FNV-1a hash of word.
func wordHash(word string) uint64 { return fnv1a.String(word) }
