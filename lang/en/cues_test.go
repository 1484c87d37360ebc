package en

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestCueLists checks Cue's one map against the word lists it is made of,
// asked in their order of precedence, for every listed word and a word of
// none.
func TestCueLists(t *testing.T) {
	want := func(norm string) lang.Cue {
		switch {
		case orgHeads[norm] || orgCues[norm]:
			return lang.OrgHead
		case placeHeads[norm]:
			return lang.LocHead
		case honorifics[norm]:
			return lang.PersonTitle
		case titles[norm] || roles[norm]:
			return lang.PersonRole
		}
		return lang.NoCue
	}
	words := []string{"", "table", "Minister"}
	for _, list := range []map[string]bool{orgHeads, orgCues, placeHeads, honorifics, titles, roles} {
		for w := range list {
			words = append(words, w)
		}
	}
	for _, w := range words {
		if got := (English{}).Cue(w); got != want(w) {
			t.Errorf("Cue(%q) = %v, want %v", w, got, want(w))
		}
	}
	if (English{}).Cue("ministry") != lang.OrgHead {
		t.Errorf("Cue(ministry) = %v, want OrgHead", (English{}).Cue("ministry"))
	}
}
