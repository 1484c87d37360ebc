package relation

import (
	"math/rand/v2"
	"testing"
)

// TestPhraseStarts compares wordAt through an element's phrase index with
// trying each of its phrases in turn, on random phrases of words written
// out and prefixes, and random units.
func TestPhraseStarts(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	words := []string{"a", "b", "ab", "abc", "ba"}
	phraseWords := append([]string{"a*", "ab*", "b*"}, words...)
	for range 1000 {
		var phrases []string
		for range minIndexedPhrases + rng.IntN(12) {
			ph := phraseWords[rng.IntN(len(phraseWords))]
			for range rng.IntN(3) {
				ph += " " + phraseWords[rng.IntN(len(phraseWords))]
			}
			phrases = append(phrases, ph)
		}
		e := Words(phrases...)
		e.starts = phraseStartsOf(e.phrases)
		if e.starts == nil {
			t.Fatalf("%q: not indexed", phrases)
		}
		units := make([]unit, 1+rng.IntN(6))
		for i := range units {
			units[i] = unit{ent: -1, norm: words[rng.IntN(len(words))]}
		}
		leads := make([]uint64, len(units))
		for i := range leads {
			leads[i] = 1 // every unit may start a phrase of e, of bit 0
		}
		m := &matcher{units: units, leads: bitSets{bits: leads, words: 1}}
		for i := range len(units) + 1 {
			j, ok := m.wordAt(&e, i)
			wantJ, wantOK := m.phraseAt(e.phrases, i)
			if j != wantJ || ok != wantOK {
				t.Fatalf("%q at %d of %v: %d, %v; want %d, %v", phrases, i, units, j, ok, wantJ, wantOK)
			}
		}
	}
}
