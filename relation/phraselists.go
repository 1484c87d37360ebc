package relation

import "slices"

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
	byKey map[listKey][]phraseList
}

// listKey is what tells most lists of phrases apart, cheaply: their number
// and the first and last words. Lists of the same key are compared whole.
type listKey struct {
	phrases     int
	first, last string
}

// phraseList is one distinct list of phrases, with the bit and the index
// of first words of the elements that have it.
type phraseList struct {
	phrases [][]string
	bit     int
	starts  *phraseStarts
}

func newPhraseLists() *phraseLists {
	return &phraseLists{byKey: map[listKey][]phraseList{}}
}

// find returns the list of phrases, if one was added.
func (ls *phraseLists) find(phrases [][]string) (phraseList, bool) {
	for _, l := range ls.byKey[keyOfList(phrases)] {
		// The elements a table makes once and puts in many Patterns share
		// the list itself, which needs no comparing.
		if len(phrases) > 0 && &l.phrases[0] == &phrases[0] || slices.EqualFunc(l.phrases, phrases, slices.Equal) {
			return l, true
		}
	}
	return phraseList{}, false
}

// add adds l, whose phrases find does not have.
func (ls *phraseLists) add(l phraseList) {
	k := keyOfList(l.phrases)
	ls.byKey[k] = append(ls.byKey[k], l)
}

func keyOfList(phrases [][]string) listKey {
	k := listKey{phrases: len(phrases)}
	if len(phrases) > 0 {
		if first := phrases[0]; len(first) > 0 {
			k.first = first[0]
		}
		if last := phrases[len(phrases)-1]; len(last) > 0 {
			k.last = last[len(last)-1]
		}
	}
	return k
}
