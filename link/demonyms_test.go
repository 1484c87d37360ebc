package link

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestDefaultDemonyms checks that demonyms.tsv holds the default
// gazetteer's places' demonyms (go generate ./link rewrites it), and that
// placeDemonyms reads from it, for each language, what it reads from the
// entries of a gazetteer of the caller's own; none for a language without
// demonyms.
func TestDefaultDemonyms(t *testing.T) {
	byCode := entryDemonyms(gazetteer.Default())
	if generated(t, "demonyms.tsv", demonymsTSV, formatDemonyms(gazetteer.Default())) {
		return
	}
	if len(byCode[gazetteer.LinguaFranca]) == 0 {
		t.Fatalf("demonyms of %d languages; none in English", len(byCode))
	}
	x := New(gazetteer.Default())
	sorted := func(p []placeDemonyms) []placeDemonyms {
		return slices.SortedFunc(slices.Values(p), func(a, b placeDemonyms) int {
			return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.demonyms, b.demonyms))
		})
	}
	for code, want := range byCode {
		if got := x.placeDemonyms(code); !slices.Equal(sorted(got), sorted(want)) {
			t.Errorf("placeDemonyms(%q) = %d places, want %d: %v", code, len(got), len(want), got)
		}
	}
	for _, code := range []string{"tr", "ru", "xx", ""} {
		if got := x.placeDemonyms(code); got != nil {
			t.Errorf("placeDemonyms(%q) = %v, want none", code, got)
		}
	}
}
