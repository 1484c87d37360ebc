package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusExportUpToDate checks that the corpus's CoNLL and JSON Lines
// files are what `go generate ./corpus` makes from corpus/ann, byte for
// byte.
func TestCorpusExportUpToDate(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr strings.Builder
	if err := run([]string{"export", "-ann", "../../corpus/ann", "-out", out}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	made, err := filepath.Glob(filepath.Join(out, "*"))
	if err != nil || len(made) == 0 {
		t.Fatalf("export wrote nothing (%v)", err)
	}
	for _, path := range made {
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("../../corpus", filepath.Base(path)))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./corpus)", filepath.Base(path), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("corpus/%s is out of date: run go generate ./corpus", filepath.Base(path))
		}
	}
}

func TestSplitOfRecord(t *testing.T) {
	for id, want := range map[string]string{
		"ntrex.tr.0001": "dev", "ntrex.en.0999": "dev", "ntrex.ru.1000": "test", "ntrex.tr.1997": "test",
		"ud-pud.tr.0005": "train", "parlamint.tr.0900": "train",
	} {
		if got, err := split(id); err != nil || got != want {
			t.Errorf("split(%q) = %q, %v; want %q", id, got, err, want)
		}
	}
	if _, err := split("no-line-number"); err == nil {
		t.Error("a malformed ID: no error")
	}
}
