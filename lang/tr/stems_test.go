package tr

import (
	"os"
	"strings"
	"testing"
)

// TestStemIndex checks each word list's index against a scan of the whole
// list, the code the index replaced, on every stem, the stem with endings
// (its genitive among them), the stem cut short, and every word of the
// Turkish news and story test documents, folded.
func TestStemIndex(t *testing.T) {
	words := []string{"", "a", "n", "ı", "ş", "ç", "ğ", "\xff"}
	for _, p := range []string{"../../testdata/news_tr.txt", "../../testdata/story_tr.txt"} {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range Tokenize(string(text)) {
			words = append(words, tok.Norm)
		}
	}
	for _, tc := range []struct {
		name  string
		index *stemIndex
		lists [][]string
	}{
		{"orgContext", orgContextIndex, [][]string{orgContextStems}},
		{"ownedBefore", ownedBeforeIndex, [][]string{ownedBeforeStems}},
		{"division", divisionIndex, [][]string{divisionStems}},
		{"motion", motionIndex, [][]string{motionStems}},
		{"namedThing", namedThingIndex, [][]string{namedThingStems[:]}},
		{"orgNoun", orgNounIndex, [][]string{orgNounStems}},
		{"palace", palaceIndex, [][]string{palaceHeads[:]}},
		{"placeNoun", placeNounIndex, [][]string{placeNounStems}},
		{"facilityNoun", facilityNounIndex, [][]string{facilityNounStems}},
		{"placePossession", placePossessionIndex, [][]string{placePossessionStems[:]}},
		{"storm", stormIndex, [][]string{stormHeads[:]}},
		{"venue", venueIndex, [][]string{venueHeads[:]}},
		{"thing", thingIndex, [][]string{thingStems, workHeads}},
		{"sports", sportsIndex, [][]string{sportsStems}},
		{"orgHead", orgHeadIndex, [][]string{orgHeadStems, institutionHeads}},
		{"inflectedBody", inflectedBodyIndex, [][]string{inflectedBodyPrefixes}},
	} {
		var all []string
		for _, l := range tc.lists {
			all = append(all, l...)
		}
		if len(tc.index.stems) != len(all) {
			t.Errorf("%s: %d stems indexed, %d listed", tc.name, len(tc.index.stems), len(all))
		}
		probes := append([]string(nil), words...)
		for _, s := range all {
			probes = append(probes, s, s+"n", s+"nde", s+"ndeki", s[:len(s)-1])
		}
		for _, w := range probes {
			if got, want := tc.index.startsAny(w), scanStartsAny(w, all); got != want {
				t.Errorf("%s: startsAny(%q) = %v, the scan %v", tc.name, w, got, want)
			}
			if got, want := tc.index.compoundForm(w), scanCompoundForm(w, all); got != want {
				t.Errorf("%s: compoundForm(%q) = %v, the scan %v", tc.name, w, got, want)
			}
		}
	}
}

// scanStartsAny is the list scan stemIndex.startsAny replaced.
func scanStartsAny(norm string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}

// scanCompoundForm is the list scan stemIndex.compoundForm replaced.
func scanCompoundForm(norm string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(norm, s) && !(len(norm) == len(s)+1 && norm[len(s)] == 'n') {
			return true
		}
	}
	return false
}
