package nerdata

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDocuments(t *testing.T) {
	articles := Articles{"a", "a", "b", "b", "b", "c"}
	ids := []string{"ntrex.tr.0001", "ntrex.tr.0002", "ntrex.tr.0003", "ntrex.tr.0005", "ntrex.tr.0006"}
	for _, tc := range []struct {
		perDoc   int
		articles bool
		want     [][2]int
	}{
		{1, false, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}}},
		{2, false, [][2]int{{0, 2}, {2, 4}, {4, 5}}},
		{10, false, [][2]int{{0, 5}}},
		{1, true, [][2]int{{0, 2}, {2, 4}, {4, 5}}},
	} {
		var of func(int) (string, error)
		if tc.articles {
			of = func(i int) (string, error) { return articles.Of(ids[i]) }
		}
		got, err := Documents(len(ids), tc.perDoc, of)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("perDoc %d, articles %v: %v, %v; want %v", tc.perDoc, tc.articles, got, err, tc.want)
		}
	}
	for _, bad := range []string{"ntrex.tr.0007", "ntrex.tr.0000", "ntrex.tr.x", "ud-pud.tr.0001", "noline"} {
		if _, err := articles.Of(bad); err == nil {
			t.Errorf("Of(%q): no error", bad)
		}
	}
}

// TestShippedArticles checks the corpus's article file: a line for each of
// NTREX-128's 1,997, each article's lines consecutive.
func TestShippedArticles(t *testing.T) {
	a, err := ReadArticles(filepath.Join("..", "..", "..", "corpus", "ntrex.articles.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 1997 {
		t.Fatalf("%d lines, want 1,997", len(a))
	}
	seen := map[string]bool{}
	for i, id := range a {
		if i > 0 && id != a[i-1] && seen[id] {
			t.Errorf("line %d: article %s again after another", i+1, id)
		}
		seen[id] = true
	}
	if len(seen) != 123 {
		t.Errorf("%d articles, want 123", len(seen))
	}
}

func TestReadArticlesEmptyLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.tsv")
	if err := os.WriteFile(p, []byte("a\n\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadArticles(p); err == nil {
		t.Error("an empty line read without error")
	}
}
