package recognize

import (
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// wordCase is what the rules ask most often of a token's letters, a bit
// for each answer: whether it is a capitalizedWord, and then either a
// titleCaseWord or in capitals (no lower-case letter), or a lowerCaseWord.
// A token that is neither (a number, a mark) has no bit set.
type wordCase uint8

const (
	capitalizedCase wordCase = 1 << iota // capitalizedWord
	titledCase                           // titleCaseWord
	capitalsCase                         // a capitalizedWord with no lower-case letter (NATO, A, ŞİRKET)
	lowerCase                            // lowerCaseWord
)

// wordCases holds the wordCase of each token of a document, by token
// index, with the distance to its next capitalized word. The rules that
// read most of a document's tokens ask it rather than the tokens:
// capitalizedWord and lowerCaseWord decode a token's first letter behind a
// call, a score of rules asked them of nearly every token, and a rule's
// loop that calls a function spills and reloads its values at every
// token, where a look-up in wordCases keeps them in registers. Recognize
// makes it once the tokens are truecased (their case does not change
// after), for the stages to share.
type wordCases []caseEntry

// caseEntry is a token's wordCase and skip: the number of tokens from it
// to the next capitalized word after it (or to the document's end), at
// most maxSkip. next jumps by skip from one capitalized word to the next,
// where a score of rules stepped over every token between them, most of
// them lower-case: 1.5M instructions of a Turkish BenchmarkExtract op.
type caseEntry struct {
	wordCase
	skip uint8
}

// maxSkip is the most a caseEntry's skip holds: a longer run of tokens
// with no capitalized word is crossed in steps of maxSkip.
const maxSkip = 255

// fillWordCases sets cases[i] to the wordCase and skip of toks[i] and
// returns cases, which is as long as toks (both fields of every entry
// are set: a pooled array holds the last document's).
func fillWordCases(cases wordCases, toks []lang.Token) wordCases {
	for i := range toks {
		t := &toks[i]
		var c wordCase
		switch {
		case t.Kind != lang.Word && t.Kind != lang.Abbreviation:
		case noCapitalInLine(t.Text):
			if t.Kind == lang.Word {
				c = lowerCase
			}
		case lang.StartsUpper(t.Text): // capitalizedWord
			if lowerSecond(t.Text) || hasLower(t.Text) { // its first letter a capital: !notTitleCase(t)
				c = capitalizedCase | titledCase
			} else {
				c = capitalizedCase | capitalsCase
			}
		case t.Kind == lang.Word: // lowerCaseWord
			c = lowerCase
		}
		cases[i].wordCase = c
	}
	capital := len(toks) // the first capitalized word after token i
	for i := len(toks) - 1; i >= 0; i-- {
		cases[i].skip = uint8(min(capital-i, maxSkip))
		if cases[i].wordCase&capitalizedCase != 0 {
			capital = i
		}
	}
	return cases
}

// lowerSecond reports, in line, whether s's second letter is an ASCII
// lower-case letter after an ASCII first, or a Cyrillic one (а-я) after a
// Cyrillic capital, as most capitalized words' is: a sufficient test of
// hasLower that spares it its call.
func lowerSecond(s string) bool {
	return len(s) > 1 && s[0] < utf8.RuneSelf && s[1]-'a' < 26 ||
		len(s) > 3 && s[0] == 0xD0 && (s[2] == 0xD0 && s[3]-0xB0 < 0x10 || s[2] == 0xD1 && s[3]-0x80 < 0x10) // U+0430-043F, U+0440-044F
}

// capitalized reports whether token k is a capitalizedWord.
func (c wordCases) capitalized(k int) bool { return c[k].wordCase&capitalizedCase != 0 }

// title reports whether token k is a titleCaseWord.
func (c wordCases) title(k int) bool { return c[k].wordCase&titledCase != 0 }

// lower reports whether token k is a lowerCaseWord.
func (c wordCases) lower(k int) bool { return c[k].wordCase&lowerCase != 0 }

// next returns the first token from k on, before end, whose case has a
// bit of want, or end (k itself where k >= end): a rule that acts only at
// such tokens scans for them in this loop of its own, which keeps its few
// values in registers. want holds bits of capitalized words only
// (capitalizedCase, titledCase, capitalsCase), which no other token has:
// the loop jumps from one capitalized word to the next by their skips.
func (c wordCases) next(k, end int, want wordCase) int {
	if k >= end {
		return k
	}
	for c[k].wordCase&want == 0 {
		if k += int(c[k].skip); k >= end {
			return end
		}
	}
	return k
}

// nextPair returns the first token from k on (k >= 1), before end, that is
// a capitalized word after another, or end (k itself where k >= end): the
// rules that read two capitalized words (a kind and its name, a given
// name and a storm's head) go from one capitalized word to the next.
func (c wordCases) nextPair(k, end int) int {
	for k = c.next(k, end, capitalizedCase); k < end && !c.capitalized(k-1); {
		k = c.next(k+1, end, capitalizedCase)
	}
	return k
}
