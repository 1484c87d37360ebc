package en

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// proseTokens returns prose's tokens of text, as its Tokenize does, at
// less cost. prose splits the text at white space and then works on each
// span alone: a span of ASCII letters and digits is always one token
// (prose's prefixes, suffixes and contractions all hold punctuation or an
// apostrophe, and what it keeps whole stays whole), so such spans, most of
// running English, are emitted here without prose's regular expression and
// affix tests; so are ASCII words between opening and closing marks
// ("(Reuters)", "said,"), split as prose splits them (emitPunctuated), and
// ASCII spans with a letter or digit at each end (Russia's, well-known,
// 3.5), cut before their contractions as prose cuts them
// (emitContractions); the rest is handed to prose in runs of consecutive
// spans. TestProseTokensMatchProse and, on the English corpora beside the
// repository, TestProseTokensMatchProseOnCorpora check the result against
// prose's own.
//
// Two bounds depart from prose, on text that is no prose: prose takes time
// quadratic in a span's length (each punctuation mark it peels off rescans
// the span: 40 KB of apostrophes take 25 s), so a span longer than
// maxProseSpan is split here into runs of letters, digits and marks and
// single other runes; and no token is longer than lang.MaxTokenBytes. It
// checks ctx every checkEvery bytes. It passes each token's start and end
// in text to emit, in order, rather than returning a slice that a caller
// converts, so that a huge text needs one token array, not two; a token of
// prose's whose offsets do not locate its text (none should) is left out.
// A span of ASCII lower-case letters alone, most tokens of running
// English, goes to emitLower instead, which then need not read its bytes
// again to classify it.
func proseTokens(ctx context.Context, text string, emit, emitLower func(start, end int)) error {
	t := proseTokenizer()
	hard := -1 // start of the pending run of spans for prose, or -1
	flush := func(end int) {
		if hard >= 0 {
			for _, pt := range t.Tokenize(text[hard:end]) {
				start := hard + pt.Start
				if end := start + len(pt.Text); start >= hard && end <= len(text) && start < end && text[start:end] == pt.Text {
					emit(start, end)
				}
			}
			hard = -1
		}
	}
	nextCheck := checkEvery
	for i := 0; i < len(text); {
		if i >= nextCheck {
			if err := ctx.Err(); err != nil {
				return err
			}
			nextCheck = i + checkEvery
		}
		if c := text[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				i++
				continue
			}
		} else if r, n := lang.DecodeRune(text[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		end, form := spanEnd(text, i)
		switch {
		case form == spanLower:
			flush(i)
			emitLower(i, end)
		case form == spanAlnum:
			flush(i)
			emit(i, end)
		case end-i > maxProseSpan:
			flush(i)
			splitLongSpan(text, i, end, emit)
		case form == spanASCII && asciiAlnum[text[i]] && asciiAlnum[text[end-1]]:
			flush(i)
			emitContractions(text, i, end, emit)
		case emitPunctuated(text, i, end, flush, emit):
			// emitted there: marks around one ASCII word, split as prose does
		case hard < 0:
			hard = i
		}
		if hard >= 0 && end-hard > checkEvery {
			flush(end) // prose is not cancellable: hand it bounded runs
		}
		i = end
	}
	flush(len(text))
	return nil
}

// checkEvery is how many bytes proseTokens reads between looks at its
// context.
const checkEvery = 16 << 10

// maxProseSpan is the longest span handed to prose: far above a word with
// its punctuation, or a URL, and short enough that prose's quadratic time
// on it stays in microseconds.
const maxProseSpan = 256

// splitLongSpan emits the tokens of text[i:end], a span too long for
// prose: each run of letters, digits and marks (at most
// lang.MaxTokenBytes) and each other rune.
func splitLongSpan(text string, i, end int, emit func(start, end int)) {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		j := i + n
		if isWordRune(r) {
			for j < end && j-i < lang.MaxTokenBytes {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
		}
		emit(i, j)
		i = j
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// The forms of span spanEnd tells apart.
const (
	spanOther = iota // holds a rune beyond ASCII
	spanASCII        // ASCII, with a byte other than a letter or digit, or ended by white space beyond ASCII
	spanAlnum        // ASCII letters and digits only
	spanLower        // ASCII lower-case letters only
)

// spanEnd returns the end of the span of non-space runes at i (at most
// lang.MaxTokenBytes long) and its form.
func spanEnd(text string, i int) (end, form int) {
	span := text[i:min(len(text), i+lang.MaxTokenBytes)]
	k, classes := 0, uint8(0)
	for k < len(span) { // most spans: a loop of their own
		c := alnumClasses[span[k]]
		if c == 0 {
			break
		}
		classes |= c
		k++
	}
	if k == len(span) || isASCIISpace(span[k]) {
		if classes == classLower {
			return i + k, spanLower
		}
		return i + k, spanAlnum
	}
	form = spanASCII
	for k < len(span) {
		if c := span[k]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			k++
			continue
		}
		r, n := lang.DecodeRune(text[i+k:]) // a rune may reach past the bound, as in prose
		if unicode.IsSpace(r) {
			break
		}
		form = spanOther
		k += n
	}
	return i + k, form
}

// The classes of the ASCII letters and digits (alnumClasses).
const (
	classLower uint8 = 1 << iota
	classOther       // a capital or a digit
)

// alnumClasses holds the class of each ASCII letter and digit, 0 for
// every other byte.
var alnumClasses = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = classLower
		case asciiAlnum[c]:
			t[c] = classOther
		}
	}
	return t
}()

// isASCIISpace reports whether c is one of the ASCII white-space bytes
// (unicode.IsSpace below utf8.RuneSelf).
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// emitContractions emits prose's tokens of the span text[i:end], ASCII
// with a letter or digit at each end (Russia's, don't, well-known, 3.5,
// 9:30): prose cuts off no prefix (each is a mark or a rune beyond ASCII)
// and no suffix (each is a mark), and keeps no such span whole as special
// (its pattern ends in a dot, and its emoticons of this form hold no
// apostrophe, so that they are whole here too), so that all it does is cut
// the span before its contractions, first found first, as here.
// TestContractionsMatchProse and TestProseTokensMatchProseOnCorpora check
// this against prose.
func emitContractions(text string, i, end int, emit func(start, end int)) {
	for strings.IndexByte(text[i:end], '\'') >= 0 { // each contraction holds one
		cut := -1
		for _, c := range proseContractions {
			// prose's indexAnyCase: each contraction's first place, if not at 0
			if k := indexFoldASCII(text[i:end], c); k > 0 && (cut < 0 || k < cut) {
				cut = k
			}
		}
		if cut < 0 {
			break
		}
		emit(i, i+cut)
		i += cut
	}
	emit(i, end)
}

// proseContractions are prose's contractions that an ASCII span can hold.
var proseContractions = [...]string{"'ll", "'s", "'re", "'m", "n't"}

// indexFoldASCII returns the index of the first instance of the ASCII
// string sub in s, ASCII letters matched in either case, or -1.
func indexFoldASCII(s, sub string) int {
	for k := 0; k+len(sub) <= len(s); k++ {
		if equalFoldASCII(s[k:k+len(sub)], sub) {
			return k
		}
	}
	return -1
}

// equalFoldASCII reports whether a and b, of one length, are equal with
// ASCII letters in either case.
func equalFoldASCII(a, b string) bool {
	for k := range len(a) {
		if lowerASCII(a[k]) != lowerASCII(b[k]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
