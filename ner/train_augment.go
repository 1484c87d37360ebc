package ner

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// UpperCased returns a copy of s with every token's text upper-cased by
// upper (for Turkish, strings.ToUpperSpecial with unicode.TurkishCase) and
// the same tags, Kinds and Norms. News has all-capital headlines, bylines
// and sports line-ups that a corpus such as Wikipedia hardly shows; a
// share of upper-cased copies teaches the tagger to find names there.
func UpperCased(s annotation.TaggedSentence, upper func(string) string) annotation.TaggedSentence {
	out := annotation.TaggedSentence{Tokens: make([]lang.Token, len(s.Tokens)), Tags: s.Tags}
	off := 0
	for i, t := range s.Tokens {
		t.Text = upper(t.Text)
		t.Start, t.End = off, off+len(t.Text)
		off = t.End + 1
		out.Tokens[i] = t
	}
	return out
}
