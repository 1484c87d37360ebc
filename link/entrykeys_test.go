package link

import (
	"flag"
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

var update = flag.Bool("update", false, "rewrite the generated files: entrykeys.tsv, asciiletters.go, surnames.tsv")

// TestDefaultEntryKeys checks that entrykeys.tsv is the entry key index of
// the default gazetteer (go generate ./link rewrites it), and that a
// lookup in it finds each key's names (duplicates written once).
func TestDefaultEntryKeys(t *testing.T) {
	types := []string{gazetteer.Location, gazetteer.Organization}
	var built []entryKeyIndex
	for _, typ := range types {
		built = append(built, buildEntryKeyIndex(gazetteer.Default(), typ))
	}
	want := formatEntryKeys(types, built)
	if *update {
		if err := os.WriteFile("entrykeys.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if entryKeysTSV != want {
		t.Fatal("entrykeys.tsv is not the default gazetteer's index: run go generate ./link")
	}
	for i, typ := range types {
		for k, names := range built[i] {
			got := defaultEntryNames(typ, k)
			if len(got) == 0 || len(got) > len(names) {
				t.Fatalf("%s %v: %d names found, %d indexed", typ, k, len(got), len(names))
			}
			for _, n := range got {
				if !slices.Contains(names, n) {
					t.Fatalf("%s %v: found %v, not indexed", typ, k, n)
				}
			}
		}
	}
	if got := defaultEntryNames(gazetteer.Location, entryKey{"zzzzzzzz", 1}); got != nil {
		t.Errorf("an unknown key found %v", got)
	}
}
