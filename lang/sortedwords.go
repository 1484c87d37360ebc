package lang

import "strings"

// SortedWords is a word list embedded as text: one word a line, in byte
// order, each line ended by a line break, after any comment lines that
// open with "#". It is searched in place, by bisecting the text's bytes
// and reading the line around each probe, so a language's lists cost no
// memory and no time until they are asked, and nothing to split then: an
// index of Russian's 134,000 dictionary words, made on the first question,
// cost a program that tags one sentence 5 MB and the time to read all
// 2.8 MB. A question costs about twice a search of the split lines.
type SortedWords struct {
	lines string // whole lines, each ended by '\n'
}

// NewSortedWords returns the list of text, whose lines after its comment
// lines must be sorted (each language's tests check its own lists). A
// last line with no line break is read as if it had one.
func NewSortedWords(text string) SortedWords {
	for strings.HasPrefix(text, "#") {
		_, text, _ = strings.Cut(text, "\n")
	}
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return SortedWords{lines: text}
}

// Has reports whether word is one of the list's lines.
func (w SortedWords) Has(word string) bool {
	s := w.lines
	lo, hi := 0, len(s) // s[lo:hi] is whole lines
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(s[lo:mid], '\n') + 1
		end := mid + strings.IndexByte(s[mid:hi], '\n') // s[hi-1] is '\n'
		switch line := s[start:end]; {
		case line == word:
			return true
		case line < word:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// Prefixed returns the list's lines that start with prefix, whole and
// each ended by '\n', in order ("" when none): sorted, they follow one
// another from the first line not below prefix, which the text is bisected
// for. An embedded table of "key\tvalue" lines is read in place this way, a
// key's lines asked by the key and its tab, with no index of its lines
// made first.
func (w SortedWords) Prefixed(prefix string) string {
	s := w.lines
	lo, hi := 0, len(s) // s[lo:hi] is whole lines; those before lo sort below prefix
	for lo < hi {
		// The first line that starts past the middle, or lo's when none
		// does: found forward, by IndexByte, which reads a line's bytes
		// several at a time, where the line around the middle (Has's
		// probe) is found by reading back to its start one byte at a
		// time: a third of the instructions of a look-up in entrykeys.tsv.
		mid := lo + (hi-lo)/2
		start := mid + strings.IndexByte(s[mid:hi], '\n') + 1 // s[hi-1] is '\n'
		if start == hi {
			start = lo
		}
		end := start + strings.IndexByte(s[start:hi], '\n')
		if s[start:end] < prefix {
			lo = end + 1
		} else {
			hi = start
		}
	}
	end := lo
	for end < len(s) && strings.HasPrefix(s[end:], prefix) {
		end += strings.IndexByte(s[end:], '\n') + 1
	}
	return s[lo:end]
}

// Words returns the list's words in order, split on each call: for tests
// and generators, not for look-ups.
func (w SortedWords) Words() []string {
	if w.lines == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(w.lines, "\n"), "\n")
}
