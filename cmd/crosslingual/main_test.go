package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes a one-line corpus split, dev, in tr, en and ru: each
// text with its gold entities, given by name and type.
func writeCorpus(t *testing.T, texts map[string]string, names map[string][][2]string) string {
	t.Helper()
	dir := t.TempDir()
	for l, text := range texts {
		var ents []goldEntity
		for _, n := range names[l] {
			i := strings.Index(text, n[0])
			if i < 0 {
				t.Fatalf("%q not in %q", n[0], text)
			}
			ents = append(ents, goldEntity{Text: n[0], Type: n[1], Start: i, End: i + len(n[0])})
		}
		b, err := json.Marshal(line{ID: "ntrex." + l + ".0001", Text: text, Entities: ents})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, l+".dev.jsonl"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestGoldMentions checks that both modes count the entities that share
// one ID, and that -gold-mentions links the gold spans: Russia by the
// gazetteer, and a name it does not know (Dolly Menga) by one name ID.
func TestGoldMentions(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"tr": "Rusya ile Dolly Menga anlaştı.",
		"en": "Russia and Dolly Menga agreed.",
		"ru": "Россия и Долли Менга договорились.",
	}, map[string][][2]string{
		"tr": {{"Rusya", "LOCATION"}, {"Dolly Menga", "PERSON"}},
		"en": {{"Russia", "LOCATION"}, {"Dolly Menga", "PERSON"}},
		"ru": {{"Россия", "LOCATION"}, {"Долли Менга", "PERSON"}},
	})
	var out, errs bytes.Buffer
	if err := run([]string{"-corpus", dir, "-split", "dev", "-gold-mentions", "-v"}, &out, &errs); err != nil {
		t.Fatalf("%v: %s", err, errs.String())
	}
	if !strings.Contains(out.String(), "dev: 2 entities present in all three versions of a line; 2 (100.0%) share one ID") ||
		!strings.Contains(out.String(), "the 0 others have IDs that differ") {
		t.Errorf("gold mentions: got\n%s", out.String())
	}
	out.Reset()
	if err := run([]string{"-corpus", dir, "-split", "dev"}, &out, &errs); err != nil {
		t.Fatalf("%v: %s", err, errs.String())
	}
	if !strings.Contains(out.String(), "dev: 2 entities present in all three versions of a line;") || !strings.Contains(out.String(), "with the gold bounds in all three") ||
		!strings.Contains(out.String(), "recognition misses by language: tr ") {
		t.Errorf("end to end: got\n%s", out.String())
	}
}

// TestArticles checks that -articles tags the lines of each article as one
// document and refuses a line the article file does not list, or -doc too.
func TestArticles(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"tr": "Rusya.", "en": "Russia.", "ru": "Россия."},
		map[string][][2]string{"tr": {{"Rusya", "LOCATION"}}, "en": {{"Russia", "LOCATION"}}, "ru": {{"Россия", "LOCATION"}}})
	articles := filepath.Join(t.TempDir(), "articles.tsv")
	if err := os.WriteFile(articles, []byte("a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if err := run([]string{"-corpus", dir, "-split", "dev", "-articles", articles}, &out, &errs); err != nil {
		t.Fatalf("%v: %s", err, errs.String())
	}
	if !strings.Contains(out.String(), "dev: 1 entities present in all three versions of a line; 1 (100.0%) share one ID") {
		t.Errorf("got\n%s", out.String())
	}
	empty := filepath.Join(t.TempDir(), "empty.tsv")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]string{{"-articles", empty}, {"-articles", articles, "-doc", "2"}} {
		if err := run(append([]string{"-corpus", dir, "-split", "dev"}, bad...), &out, &errs); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestMentionText checks that a mention's text is shown after its gold
// text only where the two differ.
func TestMentionText(t *testing.T) {
	for _, c := range []struct{ gold, found, want string }{
		{"Lloyds Pharmacy", "Lloyds Pharmacy", `"Lloyds Pharmacy"`},
		{"Lloyds Pharmacy", "Lloyds", `"Lloyds Pharmacy"/"Lloyds"`},
		{"Lloyds Pharmacy", "", `"Lloyds Pharmacy"/""`},
	} {
		if got := mentionText(c.gold, c.found); got != c.want {
			t.Errorf("mentionText(%q, %q) = %s, want %s", c.gold, c.found, got, c.want)
		}
	}
}

// TestTypeText checks that a mention's type is shown only where it is
// not the gold's and a mention was found.
func TestTypeText(t *testing.T) {
	for _, c := range []struct{ gold, found, want string }{
		{"PERSON", "PERSON", ""},
		{"PERSON", "", ""}, // no mention: a recognition miss, no type to show
		{"LOCATION", "ORGANIZATION", ":ORGANIZATION"},
	} {
		if got := typeText(c.gold, c.found); got != c.want {
			t.Errorf("typeText(%q, %q) = %q, want %q", c.gold, c.found, got, c.want)
		}
	}
}

// TestBoundsKind checks that an entity whose mention runs on past its name
// in some language is told from one whose mention is cut short.
func TestBoundsKind(t *testing.T) {
	for _, c := range []struct {
		golds, found [3]string
		want         int
	}{
		{[3]string{"Halkett", "Halkett", "Халкеттом"}, [3]string{"Halkett", "Halkett", "Гленна Миддлтона Халкеттом"}, 0},
		{[3]string{"St. Martin", "St. Martin", "Св. Мартина"}, [3]string{"Martin", "St. Martin", "Св. Мартина"}, 1},
		{[3]string{"St. Martin", "Halkett", "Св. Мартина"}, [3]string{"Martin", "Halkett Jones", "Св. Мартина"}, 0}, // run on wins
		{[3]string{"A B", "A B", "A B"}, [3]string{"B C", "A B", "A B"}, 2},
	} {
		if got := boundsKind(c.golds, c.found); got != c.want {
			t.Errorf("boundsKind(%q, %q) = %d, want %d", c.golds, c.found, got, c.want)
		}
	}
}
