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

// wordCues returns the lang.WordCues of norm, a folded word: the bits
// SportsWord, SportName and SharedSportsWord read (sportsCues).
func wordCues(norm string) lang.WordCues { return sportsCues.of(norm) }
