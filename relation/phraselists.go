package relation

import (
	"hash/maphash"
	"slices"
)

// phraseLists numbers the distinct phrase lists of a language's word
// elements (Words, NotWords, AheadWords): the elements with the same
// phrases share their bit in the phrase index, as the units where a phrase
// of theirs may start are the same, and their index of first words
// (phraseStarts). A language's verbs of saying or list of titles stand in
// a dozen Patterns: English has 387 word elements and 88 lists, Russian
// 282 and 59, Turkish 106 and 45. A bit each made the sets of English
// seven words long where two do, which every unit cleared, copied and
// or-ed in indexUnits, and an index of first words each was most of what
// indexing a language's patterns allocated.
type phraseLists struct {
	seed   maphash.Seed
	byHash map[uint64][]phraseList
}

// phraseList is one distinct list of phrases, with the bit and the index
// of first words of the elements that have it.
type phraseList struct {
	phrases [][]string
	bit     int
	starts  *phraseStarts
}

func newPhraseLists() *phraseLists {
	return &phraseLists{seed: maphash.MakeSeed(), byHash: map[uint64][]phraseList{}}
}

// find returns the list of phrases, if one was added.
func (ls *phraseLists) find(phrases [][]string) (phraseList, bool) {
	for _, l := range ls.byHash[ls.hash(phrases)] {
		if slices.EqualFunc(l.phrases, phrases, slices.Equal) {
			return l, true
		}
	}
	return phraseList{}, false
}

// add adds l, whose phrases find does not have.
func (ls *phraseLists) add(l phraseList) {
	h := ls.hash(l.phrases)
	ls.byHash[h] = append(ls.byHash[h], l)
}

// hash hashes phrases, each word followed by a 0 and each phrase by a 1
// (no word of a phrase has either byte), so that ["a b"] and ["a", "b"]
// differ.
func (ls *phraseLists) hash(phrases [][]string) uint64 {
	var h maphash.Hash
	h.SetSeed(ls.seed)
	for _, ph := range phrases {
		for _, w := range ph {
			h.WriteString(w)
			h.WriteByte(0)
		}
		h.WriteByte(1)
	}
	return h.Sum64()
}
