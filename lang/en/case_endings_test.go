package en

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestMayTakeCase checks MayTakeCase on words with and without the
// endings, and against Analyze: a word it turns away has no analysis with
// the genitive, English's one case suffix, among its suffixes.
func TestMayTakeCase(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"", false}, {"s", false}, {"'", false}, {"’", false}, {"'s", true}, {"s'", true}, {"’s", true}, {"s’", true},
		{"russia's", true}, {"russia’s", true}, {"leaders'", true}, {"leaders’", true}, {"it's", true},
		{"russia", false}, {"countries", false}, {"churches", false}, {"ministers", false}, {"bus", false},
		{"analysis", false}, {"o'neill", false}, {"james", false}, {"s's", true}, {"’", false}, {"a’", false},
		{"’’", false}, {"ss’", true}, {"as’s", true}, {"’s’", true}, {"\x99s", false}, {"é's", true},
	} {
		got := English{}.MayTakeCase(c.word)
		if got != c.want {
			t.Errorf("MayTakeCase(%q) = %v, want %v", c.word, got, c.want)
		}
		genitive := slices.ContainsFunc(English{}.Analyze(c.word), func(a lang.Analysis) bool { return slices.Contains(a.Suffixes, "Gen") })
		if genitive && !got {
			t.Errorf("MayTakeCase(%q) = false, but Analyze reads a genitive", c.word)
		}
	}
}
