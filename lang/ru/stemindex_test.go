package ru

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestStemIndex checks stemIndex.longest, for the cue stems and
// moreHeadStems, against a scan of the whole list for the longest stem
// that begins a word, on every word of forms.txt, each stem alone, with
// an ending and cut short, and words of other scripts, of one rune,
// empty or not valid UTF-8.
func TestStemIndex(t *testing.T) {
	words := append(formWords(0), "", "а", "я", "ё", "ёлка", "г-н", "г-жа", "г-на", "ооо", "ab", "abc", "bcde", "ж-на", "abc", "2019", ",", "-н", "\xd0", "\xd0\xb0\xd0", "ц\xff", "Центр")
	for _, list := range [][]string{moreHeadStems} {
		words = append(words, list...)
	}
	for _, list := range cueStems {
		for _, s := range list {
			words = append(words, s, s+"а", s[:len(s)-1])
		}
	}
	for _, tc := range []struct {
		name  string
		index *stemIndex
		stems map[lang.Cue][]string
	}{
		{"cueStems", cueIndex, cueStems},
		{"moreHeadStems", moreHeads, map[lang.Cue][]string{lang.OrgHead: moreHeadStems}},
		{"ASCII", newStemIndex(map[lang.Cue][]string{lang.OrgHead: {"ab", "bcd", "ж-н"}}), map[lang.Cue][]string{lang.OrgHead: {"ab", "bcd", "ж-н"}}},
	} {
		for _, w := range words {
			want, longest := lang.NoCue, 0
			for class, list := range tc.stems {
				for _, s := range list {
					if strings.HasPrefix(w, s) && len(s) > longest {
						want, longest = class, len(s)
					}
				}
			}
			if got := tc.index.longest(w); got != want {
				t.Errorf("%s: longest(%q) = %v, want %v", tc.name, w, got, want)
			}
		}
	}
}

// TestCueStemsOnce checks that no cue stem is listed twice: the index
// would then order its two classes as the map of lists gave them.
func TestCueStemsOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, list := range cueStems {
		for _, s := range list {
			if seen[s] {
				t.Errorf("cue stem %q listed twice", s)
			}
			seen[s] = true
		}
	}
}

// TestStemList checks hasPrefix and caseFormOf on the stem lists, which
// compare a word with the stems of its first letter alone, against scans
// of all their stems, on every word of forms.txt and each stem with each
// noun ending, and edge cases.
func TestStemList(t *testing.T) {
	lists := []*stemList{competitionStems, timeAdjectiveStems, taskHeadStems, ofPersonStems, personNounStems,
		naturalPlaceKinds, polityHeads, placeNameHeads, monthStems, countedStems, teamContextStems,
		seatAdjectiveStems, thingKindStems, productKinds, workKinds, titledKinds, placeKindStems, titleStems, compoundPrefixStems,
		newStemList("ab", "ж-н", "ё", "я")}
	words := append(formWords(0), "", "а", "я", "ё", "ёлка", "г-н", "г-на", "ab", "abc", "2019", "\xd0", "\xd0\xb0\xd0", "ц\xff")
	for _, l := range lists {
		for _, s := range listStems(l) {
			for _, e := range nounEndings {
				words = append(words, s+e, s[:len(s)-1]+e)
			}
		}
	}
	for k, l := range lists {
		stems := listStems(l)
		for _, w := range words {
			prefix, caseForm := false, false
			for _, s := range stems {
				prefix = prefix || strings.HasPrefix(w, s)
				caseForm = caseForm || strings.HasPrefix(w, s) && slices.Contains(nounEndings, w[len(s):])
			}
			if got := hasPrefix(w, l); got != prefix {
				t.Errorf("list %d: hasPrefix(%q) = %v, want %v", k, w, got, prefix)
			}
			if got := caseFormOf(w, l); got != caseForm {
				t.Errorf("list %d: caseFormOf(%q) = %v, want %v", k, w, got, caseForm)
			}
		}
	}
}

// listStems returns the stems of l.
func listStems(l *stemList) []string {
	stems := slices.Clone(l.others)
	for _, b := range l.lower {
		stems = append(stems, b...)
	}
	return stems
}
