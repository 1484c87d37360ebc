package en

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"

	"github.com/varlik/varlik/lang"
)

// proseTokens returns prose's tokens of text, as its Tokenize does, at
// less cost. prose splits the text at white space and then works on each
// span alone: a span of ASCII letters and digits is always one token
// (prose's prefixes, suffixes and contractions all hold punctuation or an
// apostrophe, and what it keeps whole stays whole), so such spans, most of
// running English, are emitted here without prose's regular expression and
// affix tests; so are ASCII words between opening and closing marks
// ("(Reuters)", "said,"), split as prose splits them (emitPunctuated); and
// the rest is handed to prose in runs of consecutive spans.
// TestProseTokensMatchProse checks the result against prose's own.
//
// Two bounds depart from prose, on text that is no prose: prose takes time
// quadratic in a span's length (each punctuation mark it peels off rescans
// the span: 40 KB of apostrophes take 25 s), so a span longer than
// maxProseSpan is split here into runs of letters, digits and marks and
// single other runes; and no token is longer than lang.MaxTokenBytes. It
// checks ctx every checkEvery bytes. It passes the tokens to emit in
// order, rather than returning a slice that a caller converts, so that a
// huge text needs one token array, not two.
func proseTokens(ctx context.Context, text string, emit func(tokenize.Token)) error {
	t := proseTokenizer()
	hard := -1 // start of the pending run of spans for prose, or -1
	flush := func(end int) {
		if hard >= 0 {
			for _, pt := range t.Tokenize(text[hard:end]) {
				pt.Start += hard
				emit(pt)
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
		end, simple := spanEnd(text, i)
		switch {
		case simple:
			flush(i)
			emit(tokenize.Token{Text: text[i:end], Start: i})
		case end-i > maxProseSpan:
			flush(i)
			splitLongSpan(text, i, end, emit)
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
func splitLongSpan(text string, i, end int, emit func(tokenize.Token)) {
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
		emit(tokenize.Token{Text: text[i:j], Start: i})
		i = j
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// spanEnd returns the end of the span of non-space runes at i (at most
// lang.MaxTokenBytes long) and whether it is made of ASCII letters and
// digits only.
func spanEnd(text string, i int) (int, bool) {
	span := text[i:min(len(text), i+lang.MaxTokenBytes)]
	k := 0
	for k < len(span) && asciiAlnum[span[k]] { // most spans: a loop of their own
		k++
	}
	if k == len(span) || isASCIISpace(span[k]) {
		return i + k, true
	}
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
		k += n
	}
	return i + k, false
}

// isASCIISpace reports whether c is one of the ASCII white-space bytes
// (unicode.IsSpace below utf8.RuneSelf).
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }
