package lang

import (
	"strings"

	"github.com/varlik/varlik/internal/fnv1a"
)

// KeyedLines is a list of "key\tvalue" lines embedded as text, asked by
// key through an open-addressing table of where each line starts, made at
// generate time (LineSlots with KeyHash, laid out by EncodeSlots) and
// embedded beside the text, so that it is read in place: a question costs
// a hash and a probe or two, where SortedWords.Value bisects the text, a
// fifth of the time truecasing Russian in lower case took. Lines that
// open with "#" are comments.
type KeyedLines struct {
	text  string
	slots string // little-endian uint32 slots: 1 + a line's start, 0 empty
}

// NewKeyedLines returns the list of text indexed by slots, the table
// EncodeSlots(LineSlots(text, KeyHash)) laid out; a program's tests check
// that its table is current.
func NewKeyedLines(text, slots string) KeyedLines {
	return KeyedLines{text: text, slots: slots}
}

// KeyHash is the hash of a line's key, the text before its first tab: the
// hash LineSlots indexes a KeyedLines's text by.
func KeyHash(line string) uint64 {
	key, _, _ := strings.Cut(line, "\t")
	return fnv1a.String(key)
}

// Value returns the text after the tab of key's line.
func (k KeyedLines) Value(key string) (string, bool) { return k.ValueParts(key, "") }

// ValueParts is Value of the key head+tail, without building it: a
// caller that asks for a stem with each of several endings.
func (k KeyedLines) ValueParts(head, tail string) (string, bool) {
	if len(k.slots) < 4 {
		return "", false
	}
	n := len(head) + len(tail)
	mask := uint64(len(k.slots)/4 - 1)
	for i := fnv1a.AddString(fnv1a.String(head), tail) & mask; ; i = (i + 1) & mask {
		s := SlotAt(k.slots, i)
		if s == 0 {
			return "", false
		}
		line := k.text[s-1:]
		if end := strings.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		if len(line) > n && line[n] == '\t' && line[:len(head)] == head && line[len(head):n] == tail {
			return line[n+1:], true
		}
	}
}
