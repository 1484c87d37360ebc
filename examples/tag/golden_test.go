package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// TestGolden pins tag's output formats on the test texts: JSON, JSON
// Lines (one document per line), CoNLL and spaCy, from text and from CoNLL
// input. A change to the models or the pipeline that changes them shows
// here; after checking the difference, rewrite them with
//
//	go test ./examples/tag -run TestGolden -update
func TestGolden(t *testing.T) {
	inputs := []string{"xinhua_hangzhou_tr.txt", "story_en.txt", "story_ru.txt"}
	formats := []struct {
		name string
		args []string
	}{
		{"json", []string{"-out", "json"}},
		{"jsonl", []string{"-split", "line", "-out", "jsonl"}},
		{"conll", []string{"-out", "conll"}},
		{"spacy.json", []string{"-out", "spacy"}},
	}
	for _, in := range inputs {
		for _, f := range formats {
			name := strings.TrimSuffix(in, ".txt") + "." + f.name
			t.Run(name, func(t *testing.T) {
				out, err := runTag(t, "", append(f.args, "../../testdata/"+in)...)
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name, out)
			})
		}
	}
	// CoNLL in, CoNLL out: the text's own tagging read back as input.
	t.Run("conll-roundtrip", func(t *testing.T) {
		conll, err := runTag(t, "", "-out", "conll", "-labels", "conll", "../../testdata/xinhua_hangzhou_tr.txt")
		if err != nil {
			t.Fatal(err)
		}
		out, err := runTag(t, conll, "-lang", "tr", "-in", "conll", "-out", "conll", "-labels", "conll")
		if err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "xinhua_hangzhou_tr.conll-in.conll", out)
	})
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs from the golden file at line %d:\n got %.200s\nwant %.200s", name, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs from the golden file: %d lines, want %d", name, len(gl), len(wl))
	}
}
