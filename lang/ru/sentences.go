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
// sentence. Abbreviation tokens carry their dot, so "г. Москва" never splits.
// The result covers every token exactly once.
func (Russian) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	var out []lang.Sentence
	first := 0
	for i := 0; i < len(tokens); i++ {
		end := i + 1
		split := false
		if isTerminal(tokens[i]) {
			for end < len(tokens) && isCloser(tokens[end].Text) && tokens[end].Start == tokens[end-1].End {
				end++
			}
			split = end == len(tokens) || opensSentence(tokens[end].Text)
		}
		if !split && end < len(tokens) && strings.Contains(text[tokens[end-1].End:tokens[end].Start], "\n\n") {
			split = true
		}
		if split || end == len(tokens) {
			out = append(out, lang.Sentence{Start: tokens[first].Start, End: tokens[end-1].End, First: first, Last: end})
			first = end
		}
		i = end - 1
	}
	return out
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
