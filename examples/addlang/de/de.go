// Package de is a small German for varlik, written outside the library to
// show how a language plugs in: importing it registers German with package
// lang (tokenizer, sentences, folding, a little morphology) and a language
// identification profile with package langid, so that an Extractor with
// language "auto" or "de" handles German text. Nothing in the library
// changes: the one line a program adds is its import.
package de

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langid"
	"golang.org/x/text/unicode/norm"
)

// German is a minimal lang.Language: words, numbers and punctuation with
// exact byte offsets, sentences ending at . ! ? before a capital or the
// end, Unicode lower-casing, and the genitive -s / -es and dative plural
// -n stripped for matching (Russlands → russland, Chinas → china).
type German struct{}

func (German) Code() string { return "de" }

func (German) Fold(s string) string { return strings.ToLower(norm.NFC.String(s)) }

func (g German) Tokenize(text string) []lang.Token {
	var toks []lang.Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j, kind := i+n, lang.Punct
		switch {
		case unicode.IsLetter(r):
			kind = lang.Word
			j = scan(text, j, func(r rune) bool { return unicode.IsLetter(r) || r == '-' || unicode.IsMark(r) })
		case unicode.IsDigit(r):
			kind = lang.Number
			j = scan(text, j, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ',' })
		case r == utf8.RuneError && n == 1:
			kind = lang.Other
		}
		toks = append(toks, lang.Token{Text: text[i:j], Start: i, End: j, Kind: kind, Norm: lang.FoldShort(text[i:j], g.Fold)})
		i = j
	}
	return toks
}

// scan returns the end of the run of runes from i that satisfy in.
func scan(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !in(r) {
			break
		}
		i += n
	}
	return i
}

func (German) Sentences(text string, toks []lang.Token) []lang.Sentence {
	var sents []lang.Sentence
	first := 0
	for i, t := range toks {
		end := i == len(toks)-1
		if !end && strings.ContainsAny(t.Text, ".!?") && t.Kind == lang.Punct {
			next, _ := utf8.DecodeRuneInString(toks[i+1].Text)
			end = unicode.IsUpper(next)
		}
		if end {
			sents = append(sents, lang.Sentence{Start: toks[first].Start, End: t.End, First: first, Last: i + 1})
			first = i + 1
		}
	}
	return sents
}

func (German) Analyze(word string) []lang.Analysis {
	as := []lang.Analysis{{Stem: word, Case: "Nom"}}
	for _, end := range []struct{ suffix, cas string }{{"es", "Gen"}, {"s", "Gen"}, {"n", "Dat"}} {
		if stem, ok := strings.CutSuffix(word, end.suffix); ok && utf8.RuneCountInString(stem) >= 3 {
			as = append(as, lang.Analysis{Stem: stem, Suffixes: []string{end.cas}, Case: end.cas})
		}
	}
	return as
}

// InflectsEveryWord tells the gazetteer matcher to try the stems of every
// word of a name, as German inflects names without an apostrophe
// (gazetteer.WordInflector).
func (German) InflectsEveryWord() bool { return true }

//go:embed testdata/de.txt
var sample string

// profileWords is how many of the sample's most frequent trigrams the
// langid profile keeps.
const profileWords = 2000

func init() {
	lang.Register(German{})
	// The profile is trained from the embedded sample at start-up (a few
	// milliseconds); should that ever fail, German is still there for
	// WithLanguage("de"), only not identified automatically.
	if profile, err := langid.Train("de", "Latin", strings.NewReader(sample), profileWords); err == nil {
		langid.Register(profile)
	}
}
