package main

import (
	"fmt"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retyped returns sents with the text of every token edited, its offsets
// and Norm made again as the CoNLL reader makes them, its kind and the
// tags kept: the same text as another writer would type it.
func retyped(sents []annotation.TaggedSentence, l lang.Language, edit func(string) string) []annotation.TaggedSentence {
	out := make([]annotation.TaggedSentence, len(sents))
	for i, s := range sents {
		toks := make([]lang.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			t.Text = edit(t.Text)
			toks[j] = t
		}
		remake(toks, l)
		out[i] = annotation.TaggedSentence{Tokens: toks, Tags: s.Tags}
	}
	return out
}

// remake gives toks, a sentence's tokens whose text changed, the offsets
// of the tokens joined by single spaces and the Norm of their new text.
func remake(toks []lang.Token, l lang.Language) {
	off := 0
	for j := range toks {
		t := &toks[j]
		t.Start, t.End = off, off+len(t.Text)
		t.Norm = ""
		t.Norm = lang.FoldToken(t, l)
		off = t.End + 1
	}
}

// recased returns sents all in lower case ("lower": the language's own,
// its folding, Turkish I → ı) or all in capitals ("upper": Turkish i → İ),
// as chats and headlines write text.
func recased(sents []annotation.TaggedSentence, l lang.Language, mode string) ([]annotation.TaggedSentence, error) {
	switch mode {
	case "lower":
		return retyped(sents, l, l.Fold), nil
	case "upper":
		return retyped(sents, l, func(s string) string { return lang.Upper(l, s) }), nil
	}
	return nil, fmt.Errorf("-case %q: want lower or upper", mode)
}
