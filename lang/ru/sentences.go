package ru

import (
	"strings"
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
// The dot of a numbered list's item (1. at a line's start) ends nothing.
// Abbreviation tokens carry their dot, so "г. Москва" never splits; those
// that close a phrase (руб., долл., т.д., г. after a year) end a sentence
// before a capitalized word ("в 1991 г. Тогда").
// The result covers every token exactly once.
func (Russian) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	if len(tokens) == 0 {
		return nil
	}
	out := lang.MakeSentences(len(tokens))
	wrapped := lang.HardWrapped(text)
	first := 0
	for i := 0; i < len(tokens); i++ {
		if tok := &tokens[i]; tok.Kind == lang.Word && i+1 < len(tokens) && lang.WithinLine(text, tok, &tokens[i+1]) {
			continue // most tokens: a word, and the next token on its line, where no rule below ends a sentence
		}
		end := i + 1
		split := false
		if isTerminal(&tokens[i]) && !lang.IsListMarker(text, tokens, i) {
			for end < len(tokens) && isCloser(tokens[end].Text) && tokens[end].Start == tokens[end-1].End {
				end++
			}
			split = end == len(tokens) || opensSentence(tokens[end].Text) && !attribution(tokens, end)
		} else if tokens[i].Kind == lang.Abbreviation && end < len(tokens) {
			split = abbreviationEnds(tokens, i)
		}
		if !split && end < len(tokens) && !lang.WithinLine(text, &tokens[end-1], &tokens[end]) {
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
	switch n := lang.LineBreaks(text, prev, next); {
	case n == 0:
		return false
	case n >= 2:
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

// closingAbbreviations are the abbreviations (folded) that close a
// phrase rather than lead into a name: units of money and the like.
var closingAbbreviations = map[string]bool{
	"руб.": true, "долл.": true, "коп.": true, "т.д.": true, "т.п.": true, "др.": true, "гг.": true,
	"тыс.": true, "млн.": true, "млрд.": true, "трлн.": true, "чел.": true,
}

// abbreviationEnds reports whether the abbreviation tokens[i] ends a
// sentence: one of closingAbbreviations before a capitalized word, or г.
// after a number (the year; г. before a name is a city, г. Москва) before
// a capitalized word that opens sentences ("в 1991 г. Тогда", where "в
// 2000 г. Путин стал" goes on).
func abbreviationEnds(tokens []lang.Token, i int) bool {
	next := &tokens[i+1]
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !lang.IsUpper(r) {
		return false
	}
	switch n := tokens[i].Norm; {
	case closingAbbreviations[n]:
		return true
	case n == "г.":
		return i > 0 && tokens[i-1].Kind == lang.Number && sentenceOpeners[next.Norm]
	}
	return false
}

// sentenceOpeners are words (folded) that start sentences and are not
// names: prepositions, conjunctions, pronouns and adverbs of time.
var sentenceOpeners = map[string]bool{
	"в": true, "во": true, "на": true, "с": true, "со": true, "по": true, "к": true, "о": true,
	"об": true, "у": true, "за": true, "из": true, "от": true, "до": true, "для": true, "при": true,
	"после": true, "однако": true, "но": true, "а": true, "и": true, "это": true, "этот": true,
	"эта": true, "эти": true, "тогда": true, "он": true, "она": true, "они": true, "оно": true,
	"мы": true, "я": true, "вы": true, "там": true, "здесь": true, "так": true, "когда": true,
	"если": true, "хотя": true, "уже": true, "также": true, "все": true, "всё": true, "его": true,
	"её": true, "их": true, "кроме": true, "теперь": true, "сейчас": true, "затем": true, "потом": true,
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
	return lang.IsLower(r)
}

func isTerminal(t *lang.Token) bool {
	if t.Kind != lang.Punct {
		return false
	}
	switch t.Text {
	case "!", "?", "…", "?!", "!?":
		return true
	}
	for i := 0; i < len(t.Text); i++ { // a run of dots
		if t.Text[i] != '.' {
			return false
		}
	}
	return true
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
	return lang.IsUpper(r) || lang.IsDigit(r)
}
