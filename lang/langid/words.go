package langid

import (
	"unicode"
	"unicode/utf8"
)

// wordsOf calls fn with every word of text, a maximal run of letters,
// whether it lies inside quotation marks (see quotes) and whether it is a
// clitic: it follows an apostrophe (' or ’) that follows a letter, as in
// Çin'in or Russia's. Everything else separates words: "Çin'in" is the
// words Çin and in.
func wordsOf(text string, fn func(word string, quoted, clitic bool)) {
	start := -1
	clitic := false
	var prev rune // the rune before the current one
	var q quotes
	for i, r := range text {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			prev = r
			continue
		}
		if start >= 0 {
			fn(text[start:i], q.in(), clitic)
			start = -1
		}
		clitic = (r == '\'' || r == '’') && unicode.IsLetter(prev)
		q.see(r)
		prev = r
	}
	if start >= 0 {
		fn(text[start:], q.in(), clitic)
	}
}

// wordTrigrams calls fn with the key of every letter trigram of word,
// lower-cased rune by rune (so Turkish İ and I fold to i, which costs
// nothing here: ı and the other Turkish letters still mark Turkish) and
// padded with a space on both sides: Çin gives " çi", "çin", "in ".
func wordTrigrams(word string, fn func(uint64)) {
	p2, p1 := ' ', ' ' // the two letters before the current one
	for _, r := range word {
		r = unicode.ToLower(r)
		if p1 != ' ' {
			fn(key(p2, p1, r))
		}
		p2, p1 = p1, r
	}
	if p1 != ' ' {
		fn(key(p2, p1, ' '))
	}
}

// appendFold appends word lower-cased rune by rune to buf, the form
// stopwords are stored in.
func appendFold(buf []byte, word string) []byte {
	for _, r := range word {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// quotes tracks whether a scan is inside quotation marks: « » and “ ” nest,
// a straight " toggles. Unbalanced marks are tolerated (a stray closing
// mark is ignored).
type quotes struct {
	depth    int
	straight bool
}

func (q *quotes) see(r rune) {
	switch r {
	case '«', '“':
		q.depth++
	case '»', '”':
		q.depth = max(q.depth-1, 0)
	case '"':
		q.straight = !q.straight
	}
}

func (q *quotes) in() bool { return q.depth > 0 || q.straight }
