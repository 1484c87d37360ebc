package tr

import "github.com/varlik/varlik/lang"

var _ lang.TokenCues = Turkish{}

// TokenCues sets cues[i] to the lang.WordCues of toks[i] (lang.TokenCues):
// the bits of SportsWord, BrandPossessive, AnnouncesKind and ClosesRange.
func (t Turkish) TokenCues(toks []lang.Token, cues []lang.WordCues) (union lang.WordCues) {
	for i := range toks {
		cues[i] = wordCues(lang.FoldToken(&toks[i], t))
		union |= cues[i]
	}
	return union
}

// wordCues returns the lang.WordCues of norm, a folded word: each bit is
// its predicate's answer, asked here in line. SportsWord holds only for a
// word whose first two bytes may begin a sports stem (gol and lig begin
// golü and ligi): that test, in line, spares most words its call.
func wordCues(norm string) (c lang.WordCues) {
	t := Turkish{}
	if norm != "" && sportsIndex.mayBegin(norm) && t.SportsWord(norm) {
		c |= lang.SportsWordCue
	}
	if t.BrandPossessive(norm) {
		c |= lang.BrandPossessiveCue
	}
	if t.AnnouncesKind(norm) {
		c |= lang.AnnouncesKindCue
	}
	if t.ClosesRange(norm) {
		c |= lang.ClosesRangeCue
	}
	return c
}
