package tr

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Sentences groups tokens (as returned by Tokenize(text)) into sentences.
// Every token belongs to exactly one sentence; sentences are in order and
// each spans text[s.Start:s.End] from its first token's Start to its last
// token's End.
//
// A sentence ends:
//   - after . ! ? … or ... (with any closing quotes and brackets that
//     follow), unless the next word starts with a lower-case letter;
//     periods of abbreviations, initials and ordinals are inside their
//     tokens and end nothing, except that vb., vs., Ltd. and the other
//     abbreviations flagged "end" in abbreviations.txt end a sentence
//     before a capitalized word;
//   - at a blank line (paragraph break), always;
//   - at a single line break when the next line starts with a capital
//     letter or digit (after opening quotes or dashes) and the line does
//     not end in a comma, hyphen or listed title abbreviation such as
//     Prof., unless the text is hard-wrapped (lang.HardWrapped): there a
//     line break is a space.
//
// Tokens whose offsets do not fit text are grouped without reading text.
func Sentences(text string, tokens []lang.Token) []lang.Sentence {
	if len(tokens) == 0 {
		return nil
	}
	sents := lang.MakeSentences(len(tokens))
	wrapped := lang.HardWrapped(text)
	first := 0
	for i := 0; i < len(tokens); i++ {
		if tok := &tokens[i]; tok.Kind == lang.Word && i+1 < len(tokens) && lang.WithinLine(text, tok, &tokens[i+1]) {
			continue // most tokens: a word, and the next token on its line, where no rule below ends a sentence
		}
		last, end := i, false
		switch tok := &tokens[i]; {
		case lang.IsTerminalPunct(tok):
			for last+1 < len(tokens) && isCloser(text, &tokens[last], &tokens[last+1]) {
				last++
			}
			end = last+1 < len(tokens) && !startsLower(tokens, last+1)
		case tok.Kind == lang.Abbreviation && abbreviationMayEnd(tok.Text):
			end = last+1 < len(tokens) && startsUpperOrDigit(tokens, last+1)
		}
		if !end && last+1 < len(tokens) && !lang.WithinLine(text, &tokens[last], &tokens[last+1]) {
			end = lineBreakEnds(text, tokens, last, wrapped)
		}
		if end || last+1 == len(tokens) {
			sents = append(sents, lang.Sentence{
				Start: tokens[first].Start, End: tokens[last].End,
				First: first, Last: last + 1,
			})
			first = last + 1
		}
		i = last
	}
	return sents
}

// isCloser reports whether next closes the sentence that prev ends: a
// closing quote or bracket, or a straight quote glued to prev.
func isCloser(text string, prev, next *lang.Token) bool {
	if next.Kind != lang.Punct {
		return false
	}
	switch next.Text {
	case "\"", "'":
		return next.Start == prev.End
	case "”", "»", "’", "›", ")", "]", "}":
		return next.Start == prev.End || lang.LineBreaks(text, prev, next) == 0
	}
	return lang.IsTerminalPunct(next) && next.Start == prev.End
}

// isOpener reports whether tok may precede the first word of a sentence:
// opening quotes and brackets, dashes.
func isOpener(tok *lang.Token) bool {
	if tok.Kind != lang.Punct {
		return false
	}
	switch tok.Text {
	case "\"", "'", "“", "«", "‘", "‹", "„", "(", "[", "{", "-", "--", "–", "—":
		return true
	}
	return false
}

// firstRune returns the first rune of the first token from j on that is
// not an opener (looking at most three openers ahead).
func firstRune(tokens []lang.Token, j int) rune {
	for k := j; k < len(tokens) && k < j+4; k++ {
		if !isOpener(&tokens[k]) || k == j+3 {
			r, _ := utf8.DecodeRuneInString(tokens[k].Text)
			return r
		}
	}
	return utf8.RuneError
}

func startsLower(tokens []lang.Token, j int) bool {
	return lang.IsLower(firstRune(tokens, j))
}

func startsUpperOrDigit(tokens []lang.Token, j int) bool {
	r := firstRune(tokens, j)
	return lang.IsUpper(r) || lang.IsDigit(r)
}

// lineBreakEnds applies the line-break rules to the gap after tokens[i].
func lineBreakEnds(text string, tokens []lang.Token, i int, wrapped bool) bool {
	prev := &tokens[i]
	switch n := lang.LineBreaks(text, prev, &tokens[i+1]); {
	case n >= 2:
		return true
	case n == 0, wrapped:
		return false
	}
	switch prev.Text {
	case ",", "-", "–", "—":
		return false
	}
	if prev.Kind == lang.Abbreviation {
		// Titles (Prof.) lead into a name on the next line; letter chains
		// (A.Ş.) and list entries flagged "end" may close a line's sentence.
		if info, ok := lookupAbbreviation(strings.TrimSuffix(prev.Text, ".")); ok && !info.mayEnd {
			return false
		}
	}
	return startsUpperOrDigit(tokens, i+1)
}
