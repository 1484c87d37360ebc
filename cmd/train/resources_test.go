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

func TestReadLexiconColumnFilter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cities.tsv")
	rows := "id\tname\tpopulation\n" +
		"1\tLondon\t8961989\n" +
		"2\tCromwell\t5160\n" +
		"3\tZárate\t88781\n" +
		"4\tNowhere\t\n" +
		"5\tShort\n"
	if err := os.WriteFile(path, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	en, _ := lang.Get("en")
	for _, c := range []struct {
		col  string
		want int
	}{
		{"2", 6},           // every row, the header's "name" too
		{"2:3>=0", 3},      // rows with a population: no header, no blank, no short row
		{"2:3>=15000", 2},  // London, Zárate
		{"2:3>=100000", 1}, // London
		{"2:3>=10000000", 0},
	} {
		x, err := readLexicon("", nil, []string{"place=" + path + "#" + c.col}, false, en)
		if err != nil {
			t.Fatalf("#%s: %v", c.col, err)
		}
		if x.Len() != c.want {
			t.Errorf("#%s: %d words, want %d", c.col, x.Len(), c.want)
		}
	}
	for _, col := range []string{"0", "x", "2:", "2:3", "2:3>15000", "2:0>=1", "2:3>=many", "2:3<=5"} {
		if _, err := readLexicon("", nil, []string{"place=" + path + "#" + col}, false, en); err == nil {
			t.Errorf("#%s: no error", col)
		}
	}
}
