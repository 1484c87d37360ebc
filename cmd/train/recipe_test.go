package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExpandRecipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "recipe.txt")
	recipe := "# a comment line\n-lang tr # trailing comment\n-words place=cities.tsv.gz#2:7>=15000\n\n-epochs 7\n"
	if err := os.WriteFile(path, []byte(recipe), 0o644); err != nil {
		t.Fatal(err)
	}
	all, flags, err := expandRecipe([]string{"-data", "d", "-recipe", path, "-o", "x.model"})
	if err != nil {
		t.Fatal(err)
	}
	wantFlags := []string{"-lang", "tr", "-words", "place=cities.tsv.gz#2:7>=15000", "-epochs", "7"}
	if d := cmp.Diff(wantFlags, flags); d != "" {
		t.Errorf("recipe flags (-want +got):\n%s", d)
	}
	wantAll := append(append([]string{"-data", "d"}, wantFlags...), "-o", "x.model")
	if d := cmp.Diff(wantAll, all); d != "" {
		t.Errorf("all flags (-want +got):\n%s", d)
	}
	if _, _, err := expandRecipe([]string{"-recipe"}); err == nil {
		t.Error("-recipe without a file: no error")
	}
}

// TestResolveWordsColumn: a -words file's column and filter stay on the
// resolved path, and the recorded input is the file alone.
func TestResolveWordsColumn(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cities.tsv"), []byte("1\tLondon\t8961989\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := config{words: []string{"place=cities.tsv#2:3>=15000"}}
	inputs, err := c.resolve(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := "place=" + filepath.Join(dir, "cities.tsv") + "#2:3>=15000"; c.words[0] != want {
		t.Errorf("resolved -words %q, want %q", c.words[0], want)
	}
	if len(inputs) != 1 || inputs[0].Path != "cities.tsv" {
		t.Errorf("inputs %+v, want cities.tsv alone", inputs)
	}
}
