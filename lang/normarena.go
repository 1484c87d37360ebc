package lang

import "unsafe"

// NormArena holds the folded forms (Token.Norm) of one text's tokens in a
// few large arrays instead of a string each: a tokenizer folds most
// capitalized words, and their strings were a quarter of the allocations
// of a document's extraction. A form, once made, is never written again.
// The zero value is ready to use; a NormArena is for one goroutine.
type NormArena struct {
	buf  []byte
	next int // size of the next array
}

// maxNormArray bounds the arrays of a NormArena.
const maxNormArray = 16 << 10

// NewNormArena returns an arena for a text of textLen bytes: its first
// array holds the capitalized words of news (about one byte in eight),
// the next ones grow to maxNormArray.
func NewNormArena(textLen int) NormArena {
	return NormArena{next: min(max(textLen/8, 64), maxNormArray)}
}

// Fold returns the form that appendFold appends for s, its bytes in the
// arena, given room for maxLen bytes; appendFold reports false when it
// cannot fold s (then Fold does too, and the arena is unchanged).
func (a *NormArena) Fold(s string, maxLen int, appendFold func(dst []byte, s string) ([]byte, bool)) (string, bool) {
	if cap(a.buf)-len(a.buf) < maxLen {
		a.buf = make([]byte, 0, max(a.next, maxLen))
		a.next = min(2*max(a.next, 32), maxNormArray)
	}
	start := len(a.buf)
	b, ok := appendFold(a.buf, s)
	if !ok || len(b) == start {
		return "", false
	}
	// Had b outgrown the array (maxLen too small), the forms already
	// made would still hold the old one: either way none is written.
	a.buf = b
	return unsafe.String(&b[start], len(b)-start), true
}
