package link

import (
	"flag"
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

var update = flag.Bool("update", false, "rewrite the generated files: entrykeys.tsv, coarsekeys.tsv, demonyms.tsv, asciiletters.go, surnames.tsv, markless.tsv")

// generated writes want to file with -update (go generate ./link) and
// reports true, the caller's test being done; otherwise it fails the test
// unless file's embedded content is want.
func generated(t *testing.T, file, embedded, want string) bool {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return true
	}
	if embedded != want {
		t.Fatalf("%s is out of date: run go generate ./link", file)
	}
	return false
}

// TestDefaultEntryKeys checks that entrykeys.tsv is the entry key index of
// the default gazetteer and coarsekeys.tsv its places' coarse index (go
// generate ./link rewrites both), and that a lookup in entrykeys.tsv finds
// each key's names (duplicates written once).
func TestDefaultEntryKeys(t *testing.T) {
	types := []string{gazetteer.Location, gazetteer.Organization}
	var built []entryKeyIndex
	for _, typ := range types {
		built = append(built, buildEntryKeyIndex(gazetteer.Default(), typ))
	}
	entryKeys := formatEntryKeys(types, built)
	wrote := generated(t, "entrykeys.tsv", entryKeysTSV, entryKeys)
	if generated(t, "coarsekeys.tsv", coarseKeysTSV, formatCoarseKeys(entryKeys)) || wrote {
		return
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
	// The bisection needs the lines in order as texts without their line
	// breaks, the order formatEntryKeys sorts them in with them.
	lines := entryKeyLines.Words()
	for i := 1; i < len(lines); i++ {
		if lines[i-1] > lines[i] {
			t.Fatalf("entrykeys.tsv: line %q sorts after %q", lines[i-1], lines[i])
		}
	}
}
