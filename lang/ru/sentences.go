package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Sentences splits after a terminal token (. ! ? … or a run of dots) and any
// closing quotes or brackets that follow it, when the next token opens a new
// sentence: it starts with an upper-case letter or a digit, or is an opening
// quote or a dash (Russian direct speech). A blank line always ends a
// sentence; so does a single line break (after a headline, a byline, a
// paragraph of its own) before a line that opens a sentence, unless the
// line ends in a comma, a hyphen, a dotted abbreviation or a preposition or
// conjunction (a line wrapped inside a sentence); never in hard-wrapped
// text (lang.HardWrapped), where a line break is a space. A dash after a
// closing quote and before a lower-case word is the attribution of the
// quote («Куда вы смотрели?» — спросил депутат), not a new sentence.
// Abbreviation tokens carry their dot, so "г. Москва" never splits.
// The result covers every token exactly once.
func (Russian) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	var out []lang.Sentence
	wrapped := lang.HardWrapped(text)
	first := 0
	for i := 0; i < len(tokens); i++ {
		end := i + 1
		split := false
		if isTerminal(tokens[i]) {
			for end < len(tokens) && isCloser(tokens[end].Text) && tokens[end].Start == tokens[end-1].End {
				end++
			}
			split = end == len(tokens) || opensSentence(tokens[end].Text) && !attribution(tokens, end)
		}
		if !split && end < len(tokens) {
			split = lineBreakEnds(text, &tokens[end-1], &tokens[end], wrapped)
		}
		if split || end == len(tokens) {
			out = append(out, lang.Sentence{Start: tokens[first].Start, End: tokens[end-1].End, First: first, Last: end})
			first = end
		}
		i = end - 1
	}
	return out
}

// lineBreakEnds reports whether the space between prev and next holds a
// line break that ends the sentence (see Sentences). Tokens whose offsets
// do not fit text end nothing.
func lineBreakEnds(text string, prev, next *lang.Token, wrapped bool) bool {
	if prev.End < 0 || prev.End > next.Start || next.Start > len(text) {
		return false
	}
	gap := text[prev.End:next.Start]
	nl := strings.IndexByte(gap, '\n')
	switch {
	case nl < 0:
		return false
	case strings.Contains(gap[nl+1:], "\n"):
		return true // a blank line
	case wrapped, prev.Kind == lang.Abbreviation && strings.HasSuffix(prev.Text, "."):
		return false // Св.⏎Мартина
	case prev.Kind == lang.Punct && (prev.Text == "," || prev.Text == "-" || prev.Text == "–" || prev.Text == "—"):
		return false
	case wrapWords[prev.Norm]:
		return false
	}
	return opensSentence(next.Text)
}

// wrapWords are the prepositions and conjunctions (folded) after which a
// line break is a line wrapped inside a sentence.
var wrapWords = map[string]bool{
	"в": true, "во": true, "на": true, "с": true, "со": true, "к": true, "ко": true, "по": true,
	"о": true, "об": true, "у": true, "за": true, "из": true, "от": true, "до": true, "для": true,
	"при": true, "под": true, "над": true, "без": true, "и": true, "а": true, "но": true,
	"или": true, "что": true, "чтобы": true, "как": true, "между": true, "перед": true, "после": true,
	"через": true, "против": true, "среди": true, "около": true, "вокруг": true, "вместо": true,
	"кроме": true, "не": true, "также": true, "ни": true, "ли": true,
}

// attribution reports whether tokens[i], after a quote's closing mark, is
// a dash that a lower-case word follows: the words saying who spoke.
func attribution(tokens []lang.Token, i int) bool {
	switch tokens[i].Text {
	case "—", "–", "-":
	default:
		return false
	}
	if i == 0 || !isCloser(tokens[i-1].Text) || i+1 == len(tokens) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tokens[i+1].Text)
	return unicode.IsLower(r)
}

func isTerminal(t lang.Token) bool {
	if t.Kind != lang.Punct {
		return false
	}
	switch t.Text {
	case "!", "?", "…", "?!", "!?":
		return true
	}
	return strings.Trim(t.Text, ".") == ""
}

func isCloser(s string) bool {
	switch s {
	case "»", "\"", "”", ")", "]", "'", "’":
		return true
	}
	return false
}

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '«', '"', '“', '—', '–', '-', '(':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
