package en

import "github.com/varlik/varlik/lang"

var _ lang.TokenCues = English{}

// TokenCues sets cues[i] to the lang.WordCues of toks[i] (lang.TokenCues):
// the bits of SportsWord, SportName and SharedSportsWord.
func (e English) TokenCues(toks []lang.Token, cues []lang.WordCues) (union lang.WordCues) {
	for i := range toks {
		cues[i] = wordCues(lang.FoldToken(&toks[i], e))
		union |= cues[i]
	}
	return union
}

// wordCues returns the lang.WordCues of norm, a folded word: each bit is
// its predicate's answer, asked here in line. A sport's name is a sports
// word (sportNames), so it is asked of those only.
func wordCues(norm string) (c lang.WordCues) {
	e := English{}
	if e.SportsWord(norm) {
		c |= lang.SportsWordCue
		if e.SportName(norm) {
			c |= lang.SportNameCue
		}
	}
	if e.SharedSportsWord(norm) {
		c |= lang.SharedSportsWordCue
	}
	return c
}
