package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
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

func TestReadLexiconInflect(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "first.txt")
	if err := os.WriteFile(list, []byte("игорь\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ru, _ := lang.Get("ru")
	plain, err := readLexicon("", nil, []string{"person=" + list}, false, ru)
	if err != nil {
		t.Fatal(err)
	}
	inflected, err := readLexicon("", nil, []string{"person=" + list}, true, ru)
	if err != nil {
		t.Fatal(err)
	}
	if plain.Len() != 1 || inflected.Len() <= 5 {
		t.Errorf("lexicon sizes %d (plain), %d (-inflect): want 1 and more than 5", plain.Len(), inflected.Len())
	}
	tr, _ := lang.Get("tr")
	if _, err := readLexicon("", nil, []string{"person=" + list}, true, tr); err == nil {
		t.Error("-inflect for Turkish: no error")
	}
}

func TestAddGazetteerWords(t *testing.T) {
	ru, _ := lang.Get("ru")
	g := gazetteer.New(
		&gazetteer.Entry{ID: "p1", Type: "PERSON", Names: map[string][]string{"ru": {"Дональд Трамп"}, "en": {"Donald Trump"}}},
		&gazetteer.Entry{ID: "o1", Type: "ORGANIZATION", Names: map[string][]string{"ru": {"Банк России"}}},
	)
	x := ner.NewLexicon(ru.Fold)
	if err := addGazetteerWords(x, []string{"person=PERSON"}, g, "ru"); err != nil {
		t.Fatal(err)
	}
	if x.Len() != 2 {
		t.Errorf("%d words, want 2 (дональд, трамп)", x.Len())
	}
	if err := addGazetteerWords(x, []string{"person=PEOPLE"}, g, "ru"); err == nil {
		t.Error("bad type: no error")
	}
}
