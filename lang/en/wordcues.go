package en

import "github.com/varlik/varlik/lang"

var _ lang.TokenCues = English{}

// TokenCues sets cues[i] to the lang.WordCues of toks[i] (lang.TokenCues):
// the bits of SportsWord, SportName, SharedSportsWord and
// IntroducesExamples, which read them in cueWords.
func (e English) TokenCues(toks []lang.Token, cues []lang.WordCues) (union lang.WordCues) {
	for i := range toks {
		cues[i] = cueWords.of(lang.FoldToken(&toks[i], e))
		union |= cues[i]
	}
	return union
}

// cueWords holds the lang.WordCues of the words of sportsWords,
// sportNames, sharedSportsWords and exampleIntroducers: SportsWord,
// SportName, SharedSportsWord and IntroducesExamples read their bits
// there, so that TokenCues answers the four with one look-up.
var cueWords = newCueTable(map[lang.WordCues]map[string]bool{
	lang.SportsWordCue:         sportsWords,
	lang.SportNameCue:          sportNames,
	lang.SharedSportsWordCue:   sharedSportsWords,
	lang.IntroducesExamplesCue: exampleIntroducers,
})

// cueTable holds the lang.WordCues of a few words. Most words asked are
// none of them, and a table of which lengths its words have for each key
// of their first two bytes (as lang.WordSet's) turns most of those away
// before the map is asked.
type cueTable struct {
	// lengths[k] has bit n set when a word of n bytes (63 for 63 or more)
	// has the key k (cueKey).
	lengths [256]uint64
	cues    map[string]lang.WordCues
}

// newCueTable returns the table of the words of each list, each with the
// bits of the lists that hold it.
func newCueTable(lists map[lang.WordCues]map[string]bool) *cueTable {
	t := &cueTable{cues: map[string]lang.WordCues{}}
	for bit, words := range lists {
		for w, in := range words {
			if in && w != "" {
				t.cues[w] |= bit
				t.lengths[cueKey(w)] |= 1 << min(len(w), 63)
			}
		}
	}
	return t
}

// of returns the cues of norm, a folded word: none for a word of no list.
func (t *cueTable) of(norm string) lang.WordCues {
	if norm == "" || t.lengths[cueKey(norm)]>>min(len(norm), 63)&1 == 0 {
		return 0
	}
	return t.cues[norm]
}

// cueKey is the key of a word that is not empty in a cueTable's lengths:
// its first byte, mixed with its second when it has one.
func cueKey(w string) byte {
	if len(w) < 2 {
		return w[0]
	}
	return w[0] ^ w[1]<<1
}
