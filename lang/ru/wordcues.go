package ru

import "github.com/varlik/varlik/lang"

var _ lang.TokenCues = Russian{}

// TokenCues sets cues[i] to the lang.WordCues of toks[i] (lang.TokenCues):
// the bits of IntroducesExamples, of its folded word, and ForeignScript,
// of its text.
func (r Russian) TokenCues(toks []lang.Token, cues []lang.WordCues) (union lang.WordCues) {
	for i := range toks {
		t := &toks[i]
		var c lang.WordCues
		if r.IntroducesExamples(lang.FoldToken(t, r)) {
			c |= lang.IntroducesExamplesCue
		}
		// ForeignScript turns a word with a Cyrillic first letter, most
		// words, away first: that test, in line, spares them its call.
		if _, cyrillic := cyrillicAt(t.Text, 0); !cyrillic && r.ForeignScript(t.Text) {
			c |= lang.ForeignScriptCue
		}
		cues[i] = c
		union |= c
	}
	return union
}
