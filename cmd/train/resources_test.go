package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/varlik/varlik/conll"
)

func TestCountCapitals(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.conll")
	text := "The\tO\nthe\tO\nmayor\tO\nof\tO\nParis\tB-LOC\n.\tO\n\n" +
		"\"\tO\nThe\tO\nParis\tB-LOC\nmayor\tO\n\n" +
		"THE\tO\nMAYOR\tO\nOF\tO\nPARIS\tB-LOC\n\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := countCapitals([]string{path}, conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Sentence-initial words (after leading punctuation too) and the
	// all-capital sentence are left out.
	want := "Paris 2\nmayor 2\nof 1\nthe 1\n"
	if string(got) != want {
		t.Errorf("countCapitals = %q, want %q", got, want)
	}
}
