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
	return recased(s, upper)
}

// LowerCased returns a copy of s with every token's text lower-cased by
// lower and the same tags, Kinds and Norms. Web text (e-mail, forums,
// reviews) writes names in lower case (san francisco, bob), which edited
// training text hardly shows; a share of lower-cased copies teaches the
// tagger to find names by their words and context rather than by their
// capitals alone.
func LowerCased(s annotation.TaggedSentence, lower func(string) string) annotation.TaggedSentence {
	return recased(s, lower)
}

// recased maps every token's text through f. The copy's tokens are laid
// out one space apart from offset 0, so that each token's Start and End
// still delimit its own text when f changes its length.
func recased(s annotation.TaggedSentence, f func(string) string) annotation.TaggedSentence {
	out := annotation.TaggedSentence{Tokens: make([]lang.Token, len(s.Tokens)), Tags: s.Tags}
	off := 0
	for i, t := range s.Tokens {
		t.Text = f(t.Text)
		t.Start, t.End = off, off+len(t.Text)
		off = t.End + 1
		out.Tokens[i] = t
	}
	return out
}
