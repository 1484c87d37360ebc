package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/ner"
)

const tinyCoNLL = "../../ner/testdata/ner_tiny.conll"

// TestTrainWritesAModel trains on the tiny synthetic corpus, scores it as
// dev, and checks that the model file loads.
func TestTrainWritesAModel(t *testing.T) {
	out := filepath.Join(t.TempDir(), "tiny.model")
	var stdout, stderr strings.Builder
	err := run(context.Background(), []string{"-lang", "tr", "-train", tinyCoNLL, "-dev", tinyCoNLL, "-epochs", "3",
		"-clause-verb", "-nested-names", "-split-apostrophes", "-misc", "-o", out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("train: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "overall") {
		t.Errorf("no P/R/F1 table in the output:\n%s", stdout.String())
	}
	m, err := ner.ReadModelFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if m.Lang() != "tr" {
		t.Errorf("model language %q", m.Lang())
	}
}

// TestTrainCRF trains with -learner crf: the model must fit the tiny
// corpus and record the learner in its provenance.
func TestTrainCRF(t *testing.T) {
	out := filepath.Join(t.TempDir(), "crf.model")
	var stdout, stderr strings.Builder
	err := run(context.Background(), []string{"-lang", "tr", "-train", tinyCoNLL, "-epochs", "10",
		"-learner", "crf", "-l2", "0.1", "-step", "0.1", "-o", out}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("train: %v\n%s", err, stderr.String())
	}
	m, err := ner.ReadModelFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Provenance(), `"-learner","crf"`) {
		t.Errorf("provenance %s does not record the learner", m.Provenance())
	}
	sents, err := nerdata.ReadCoNLL(tinyCoNLL, conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := m.Evaluate(sents, nil, nil).Total.F1(); f < 0.95 {
		t.Errorf("F1 on the training data %.3f, want ≥ 0.95", f)
	}
}

func TestSplitDev(t *testing.T) {
	prefix := filepath.Join(t.TempDir(), "split")
	var stdout, stderr strings.Builder
	if err := run(context.Background(), []string{"-split-dev", "5", "-split-out", prefix, "-train", tinyCoNLL}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{prefix + "-train.conll", prefix + "-dev.conll"} {
		if b, err := os.ReadFile(f); err != nil || len(b) == 0 {
			t.Errorf("%s: %v, %d bytes", f, err, len(b))
		}
	}
}

// TestSplitDocs checks that -split-docs keeps each document whole, on
// one side of the split.
func TestSplitDocs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "docs.conll")
	var b strings.Builder
	for d := 1; d <= 4; d++ {
		fmt.Fprintf(&b, "-DOCSTART-\tO\n\nd%d\tO\ns1\tO\n\nd%d\tO\ns2\tO\n\n", d, d)
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(dir, "split")
	if err := run(context.Background(), []string{"-split-dev", "2", "-split-docs", "-split-out", prefix, "-train", in}, &strings.Builder{}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	for side, docs := range map[string][]string{"train": {"d1", "d3"}, "dev": {"d2", "d4"}} {
		got, err := os.ReadFile(prefix + "-" + side + ".conll")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if n := strings.Count(string(got), d+"\tO"); n != 2 {
				t.Errorf("%s: %d sentences of %s, want 2", side, n, d)
			}
		}
		if n := strings.Count(string(got), "-DOCSTART-"); n != 2 {
			t.Errorf("%s: %d documents, want 2", side, n)
		}
	}
}

// TestCasedCopies checks that -upper and -lower add a copy of every Nth
// sentence of the training files each, and no more.
func TestCasedCopies(t *testing.T) {
	b, err := os.ReadFile(tinyCoNLL)
	if err != nil {
		t.Fatal(err)
	}
	n := len(strings.Split(strings.TrimSpace(string(b)), "\n\n"))
	for _, tc := range []struct {
		upper, lower string
		want         int
	}{
		{"0", "0", n},
		{"0", "1", 2 * n},
		{"2", "3", n + (n+1)/2 + (n+2)/3},
	} {
		var stdout strings.Builder
		err := run(context.Background(), []string{"-lang", "en", "-train", tinyCoNLL, "-epochs", "1",
			"-upper", tc.upper, "-lower", tc.lower, "-o", filepath.Join(t.TempDir(), "m")}, &stdout, &strings.Builder{})
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("trained on %d sentences", tc.want); !strings.Contains(stdout.String(), want) {
			t.Errorf("-upper %s -lower %s: %q, want %q", tc.upper, tc.lower, stdout.String(), want)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-train", "no/such.conll", "-o", "x"}, {"-lang", "xx", "-train", tinyCoNLL},
		{"-gazetteer=false", "-nested-names", "-train", tinyCoNLL, "-o", "x"},
		{"-learner", "svm", "-train", tinyCoNLL, "-o", "x"},
		{"-learner", "crf", "-l2", "0", "-train", tinyCoNLL, "-o", "x"},
		{"-learner", "crf", "-step", "-1", "-train", tinyCoNLL, "-o", "x"},
		{"-lang", "tr", "-lower", "2", "-train", tinyCoNLL, "-o", "x"}} { // Turkish lower case is not Unicode's
		if err := run(context.Background(), args, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}
