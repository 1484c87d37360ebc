package main

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
)

// droppedApostrophes returns sents written without the apostrophes of
// their suffixes, as informal and hasty text writes them (Ankara'da →
// Ankarada): a suffix token is glued to the word before it, without its
// apostrophe, and the merged token keeps the word's tag; a token that
// holds its suffix loses the apostrophe. Offsets and Norm are made again
// as the CoNLL reader makes them.
func droppedApostrophes(sents []annotation.TaggedSentence, l lang.Language) []annotation.TaggedSentence {
	out := make([]annotation.TaggedSentence, len(sents))
	for i, s := range sents {
		var toks []lang.Token
		var tags []string
		for j, t := range s.Tokens {
			if t.Kind == lang.Suffix && len(toks) > 0 {
				toks[len(toks)-1].Text += withoutApostrophe(t.Text)
				continue
			}
			t.Text = glueSuffixes(t.Text, l)
			toks = append(toks, t)
			tags = append(tags, s.Tags[j])
		}
		for j := range toks {
			toks[j].Kind = conll.TokenKind(toks[j].Text, l)
		}
		remake(toks, l)
		out[i] = annotation.TaggedSentence{Tokens: toks, Tags: tags}
	}
	return out
}

// glueSuffixes removes the apostrophe of each suffix at the end of w
// (Türkiye'nin → Türkiyenin), leaving a name's (O'Neill).
func glueSuffixes(w string, l lang.Language) string {
	var suffixes []string
	for {
		stem, suf := conll.SplitSuffix(w, l)
		if suf == "" || stem == "" {
			break
		}
		w, suffixes = stem, append(suffixes, suf)
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		w += withoutApostrophe(suffixes[i])
	}
	return w
}

// withoutApostrophe is a suffix token without its leading apostrophe.
func withoutApostrophe(suf string) string {
	return strings.TrimLeft(suf, "'’‘`´")
}
