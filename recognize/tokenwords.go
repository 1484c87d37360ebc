package recognize

import (
	"sort"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// lowerCaseWord reports whether t is a word that does not start with a
// capital: a lower-case letter, or a digit or a mark (2nd), which
// opensLower leaves out.
func lowerCaseWord(t *lang.Token) bool {
	return t.Kind == lang.Word && (noCapitalInLine(t.Text) || !lang.StartsUpper(t.Text))
}

// noCapitalInLine reports whether s starts with an ASCII byte but A to Z
// (as lang.StartsUpper reads one) or with а to я, most Russian words,
// whose test in lang.StartsUpper is a call: a first rune told to be no
// capital in line. false says nothing: lang.StartsUpper decides.
func noCapitalInLine(s string) bool {
	return s != "" && s[0] < utf8.RuneSelf && s[0]-'A' >= 26 || lang.LowerCyrillicAt(s, 0)
}

// opensLower reports whether t is a word whose first rune is a lower-case
// letter (not a digit or a mark, unlike lowerCaseWord).
func opensLower(t *lang.Token) bool {
	if t.Kind != lang.Word {
		return false
	}
	for _, r := range t.Text {
		return lang.IsLower(r)
	}
	return false
}

// capitalizedWord reports whether t is a word or an abbreviation that
// starts with a capital (TCHO, Dr. are abbreviations).
func capitalizedWord(t *lang.Token) bool {
	return (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && lang.StartsUpper(t.Text)
}

// nextToken returns the index of the first token of toks from i on for
// which ok holds, or len(toks) when none does. A rule that acts only at
// some tokens (an ampersand, a capitalized word) finds the next with
// nextToken: a loop of its own keeps the scan's few values in registers,
// where the rule's loop, whose body holds many, spilled and reloaded them
// at every token. It inlines, and ok with it where ok does.
func nextToken(toks []lang.Token, i int, ok func(t *lang.Token) bool) int {
	for i < len(toks) && !ok(&toks[i]) {
		i++
	}
	return i
}

// nextMark returns the first token of doc from i on, before end, whose
// text is mark, a mark of one byte ("&", "("), or end. It goes from the
// mark's next byte in doc's text to the token that holds it (the tokens
// are sorted by offset: a binary search), where nextToken compared every
// token's text with the mark, and most documents hold few of them. A
// token's text is the document's bytes at its offsets, in another case at
// most, so a token that is the mark holds its byte in the text.
func nextMark(doc *annotation.Document, i, end int, mark string) int {
	if i >= end {
		return i
	}
	toks := doc.Tokens
	// The search stops at token end-1's end: a rule that asks sentence by
	// sentence must not read the rest of the document each time.
	text := doc.Text[:min(max(toks[end-1].End, 0), len(doc.Text))]
	for i < end {
		off := indexByteFrom(text, max(toks[i].Start, 0), mark[0])
		if off < 0 {
			return end
		}
		k := i + sort.Search(end-i, func(j int) bool { return toks[i+j].End > off })
		switch {
		case k == end:
			return end
		case toks[k].Start > off: // a byte outside every token
			i = k
		case toks[k].Text == mark:
			return k
		default: // a longer token holds the byte (AT&T)
			i = k + 1
		}
	}
	return i
}

// The tokens that rules scan for with nextToken.
func isComma(t *lang.Token) bool { return t.Text == "," }

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool { return hasCase(s, true) }

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return hasCase(s, false) }

// hasCase reports whether s has an upper-case letter (upper) or a
// lower-case one. The rules ask it of many words: ASCII and the runes of
// two bytes (Turkish, Cyrillic) are decoded in line, with no call, as
// ranging over s does not.
func hasCase(s string, upper bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if upper && 'A' <= c && c <= 'Z' || !upper && 'a' <= c && c <= 'z' {
				return true
			}
			i++
			continue
		}
		r, size := rune(0), 2
		if two, ok := lang.TwoByteRuneAt(s, i); ok {
			r = two
		} else {
			r, size = lang.DecodeRune(s[i:])
		}
		if upper && lang.IsUpper(r) || !upper && lang.IsLower(r) {
			return true
		}
		i += size
	}
	return false
}
