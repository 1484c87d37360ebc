package main

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// typeASCII writes Turkish as a keyboard without its letters types it:
// the text users get from such keyboards, old systems and social media.
var typeASCII = strings.NewReplacer("ç", "c", "Ç", "C", "ğ", "g", "Ğ", "G", "ı", "i", "İ", "I",
	"ö", "o", "Ö", "O", "ş", "s", "Ş", "S", "ü", "u", "Ü", "U", "â", "a", "Â", "A", "î", "i", "Î", "I", "û", "u", "Û", "U")

// typeSentencesASCII returns sents with every token typed in ASCII (typeASCII),
// its offsets and Norm made again as the CoNLL reader makes them.
func typeSentencesASCII(sents []annotation.TaggedSentence, l lang.Language) []annotation.TaggedSentence {
	out := make([]annotation.TaggedSentence, len(sents))
	for i, s := range sents {
		toks := make([]lang.Token, len(s.Tokens))
		off := 0
		for j, t := range s.Tokens {
			t.Text = typeASCII.Replace(t.Text)
			t.Start, t.End = off, off+len(t.Text)
			t.Norm = ""
			t.Norm = lang.FoldToken(&t, l)
			toks[j] = t
			off = t.End + 1
		}
		out[i] = annotation.TaggedSentence{Tokens: toks, Tags: s.Tags}
	}
	return out
}
