package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"golang.org/x/text/unicode/norm"
)

// fakeTurkish stands in for lang/tr in the unit tests: a small tokenizer
// (words, apostrophe suffixes, one token per other character), Turkish case
// folding, and a morphology that knows a handful of case suffixes, the
// third-person possessive with k→ğ softening, and the derivation -li.
type fakeTurkish struct{}

var _ lang.Language = fakeTurkish{}

func (fakeTurkish) Code() string { return "tr" }

var fakeFolds = strings.NewReplacer("İ", "i", "I", "ı", "’", "'")

func (fakeTurkish) Fold(s string) string {
	return strings.ToLower(fakeFolds.Replace(norm.NFC.String(s)))
}

func (f fakeTurkish) Tokenize(text string) []lang.Token {
	var toks []lang.Token
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		start := i
		kind := lang.Punct
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isWord(r):
			kind = lang.Word
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if !isWord(r) {
					break
				}
				i += n
			}
		case (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Kind == lang.Word:
			kind = lang.Suffix
			i += n
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) {
					break
				}
				i += n
			}
		default:
			if r == utf8.RuneError {
				kind = lang.Other
			}
			i += n
		}
		toks = append(toks, lang.Token{Text: text[start:i], Start: start, End: i, Kind: kind, Norm: f.Fold(text[start:i])})
	}
	return toks
}

func (fakeTurkish) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	if len(tokens) == 0 {
		return nil
	}
	return []lang.Sentence{{Start: tokens[0].Start, End: tokens[len(tokens)-1].End, First: 0, Last: len(tokens)}}
}

var fakeCases = []struct{ suffix, cas string }{
	{"nın", "Gen"}, {"nin", "Gen"}, {"nun", "Gen"}, {"nün", "Gen"},
	{"ın", "Gen"}, {"in", "Gen"}, {"un", "Gen"}, {"ün", "Gen"},
	{"nda", "Loc"}, {"nde", "Loc"}, {"da", "Loc"}, {"de", "Loc"},
	{"ndan", "Abl"}, {"nden", "Abl"}, {"dan", "Abl"}, {"den", "Abl"},
	{"na", "Dat"}, {"ne", "Dat"}, {"ya", "Dat"}, {"ye", "Dat"}, {"a", "Dat"}, {"e", "Dat"},
	{"nı", "Acc"}, {"ni", "Acc"}, {"yı", "Acc"}, {"yi", "Acc"},
}

func (fakeTurkish) Analyze(word string) []lang.Analysis {
	out := []lang.Analysis{{Stem: word, Case: "Nom"}}
	if stem, ok := strings.CutSuffix(word, "li"); ok && stem != "" {
		out = append(out, lang.Analysis{Stem: stem, Suffixes: []string{"With"}, Case: "Nom"})
	}
	if stem, ok := possessive(word); ok {
		out = append(out, lang.Analysis{Stem: stem, Suffixes: []string{"P3sg"}, Case: "Nom"})
	}
	for _, c := range fakeCases {
		base, ok := strings.CutSuffix(word, c.suffix)
		if !ok || utf8.RuneCountInString(base) < 2 {
			continue
		}
		if c.suffix[0] == 'n' {
			if strings.ContainsAny(base[len(base)-1:], "aeıioöuü") {
				out = append(out, lang.Analysis{Stem: base, Suffixes: []string{c.cas}, Case: c.cas})
			}
			if stem, ok := possessive(base); ok {
				out = append(out, lang.Analysis{Stem: stem, Suffixes: []string{"P3sg", c.cas}, Case: c.cas})
			}
			continue
		}
		if plural, ok := strings.CutSuffix(base, "ler"); ok {
			out = append(out, lang.Analysis{Stem: plural, Suffixes: []string{"A3pl", c.cas}, Case: c.cas})
		}
		out = append(out, lang.Analysis{Stem: base, Suffixes: []string{c.cas}, Case: c.cas})
	}
	if plural, ok := strings.CutSuffix(word, "ler"); ok && plural != "" {
		out = append(out, lang.Analysis{Stem: plural, Suffixes: []string{"A3pl"}, Case: "Nom"})
	}
	return out
}

// possessive undoes a third-person possessive -ı/-i/-u/-ü after ğ (k).
func possessive(word string) (string, bool) {
	for _, v := range []string{"ğı", "ği", "ğu", "ğü"} {
		if stem, ok := strings.CutSuffix(word, v); ok && stem != "" {
			return stem + "k", true
		}
	}
	return "", false
}
