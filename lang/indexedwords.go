package lang

import "strings"

// IndexedWords is a word list embedded as text, one word a line, asked
// through an open-addressing table of where each line starts (LineSlots
// by the words' hash, laid out by EncodeSlots) that is made at generate
// time and embedded beside the text, so that it is read in place, as
// KeyedLines is. Use it for a large list that the rules ask of many words
// of every document: a question costs a hash and a probe or two, where
// SortedWords bisects the text (about 2,400 instructions a question of
// English's 62,794 dictionary words, 3% of English extraction), and where
// a table made on first use would cost every program's first sentence its
// making. Lines that are empty or open with "#" are left out, as
// LineSlots leaves them. A program's tests check that its table is
// current (IndexedWordsSlots).
type IndexedWords struct {
	text  string
	slots string // little-endian uint32 slots: 1 + a line's start, 0 empty
}

// NewIndexedWords returns the list of text indexed by slots, the table
// IndexedWordsSlots(text) made at generate time.
func NewIndexedWords(text, slots string) IndexedWords {
	return IndexedWords{text: text, slots: slots}
}

// IndexedWordsSlots returns the table that NewIndexedWords reads for
// text: the form in which a generator writes it.
func IndexedWordsSlots(text string) []byte {
	return EncodeSlots(LineSlots(text, wordHash))
}

// Has reports whether word is one of the list's lines.
func (w IndexedWords) Has(word string) bool {
	if len(w.slots) < 4 || word == "" {
		return false
	}
	mask := uint64(len(w.slots)/4 - 1)
	for i := wordHash(word) & mask; ; i = (i + 1) & mask {
		s := SlotAt(w.slots, i)
		if s == 0 {
			return false
		}
		start := int(s) - 1
		if end := start + len(word); end <= len(w.text) && w.text[start:end] == word &&
			(end == len(w.text) || w.text[end] == '\n') {
			// A word with a line break matches a run of lines, never
			// one: asked here, where it costs nothing on a miss.
			return strings.IndexByte(word, '\n') < 0
		}
	}
}
