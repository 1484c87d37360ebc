package lang

import (
	"strings"
	"unicode/utf8"
)

// HardWrapped reports whether text reads as hard-wrapped: its paragraphs
// broken into lines at a fixed width, as e-mail, plain-text archives and
// text taken from PDF break them. In such text a single line break is a
// space, and the sentence splitters that end a headline or a paragraph
// of its own at a line break must not: a wrap falls inside a name as often
// as not (Holly⏎Willoughby, лидера⏎Северной Кореи). It holds when at least
// three lines run on into another line of the same paragraph and at least
// two in five of those next lines start with a lower-case letter, where a
// feed of one headline or paragraph a line starts nearly every line with
// a capital.
func HardWrapped(text string) bool {
	if strings.Count(text, "\n") < 3 { // too few lines to run on three times: a text sent a line at a time
		return false
	}
	runOn, lower := 0, 0
	prevFilled := false // the line before is not blank
	for rest, more := text, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		r, filled := firstNonSpace(line)
		if prevFilled && filled {
			runOn++
			if IsLower(r) {
				lower++
			}
		}
		prevFilled = filled
	}
	return runOn >= 3 && 5*lower >= 2*runOn
}

// firstNonSpace returns the first rune of line that is not white space,
// and false when there is none: the first rune of strings.TrimSpace(line)
// and whether that is not empty, without TrimSpace's look at the line's
// end and its decoding of the runes there (most of a Cyrillic text).
func firstNonSpace(line string) (rune, bool) {
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				return rune(c), true
			}
			i++
			continue
		}
		r, size := DecodeRune(line[i:])
		if !IsSpace(r) {
			return r, true
		}
		i += size
	}
	return 0, false
}

// WithinLine reports, without LineBreaks's loop over the gap, the usual
// gap between two tokens: none, or one space, in which LineBreaks counts no
// line break. A sentence splitter asks it first, and LineBreaks only when
// it is false.
func WithinLine(text string, prev, next *Token) bool {
	gap := next.Start - prev.End
	return gap == 0 || gap == 1 && prev.End >= 0 && prev.End < len(text) && text[prev.End] == ' '
}

// LineBreaks counts the line breaks in the space between the tokens prev
// and next of text (LF, CRLF, CR, U+2028); a blank line, a form feed or a
// paragraph separator (U+2029) counts as two. It is 0 when their offsets
// do not fit text.
func LineBreaks(text string, prev, next *Token) int {
	if prev.End < 0 || prev.End > next.Start || next.Start > len(text) {
		return 0
	}
	s := text[prev.End:next.Start]
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				n++
			}
		case '\f':
			n += 2
		case 0xE2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
			if strings.HasPrefix(s[i:], "\u2028") {
				n++
			} else if strings.HasPrefix(s[i:], "\u2029") {
				n += 2
			}
		}
	}
	return n
}
