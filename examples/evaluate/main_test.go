package main

import (
	"strings"
	"testing"
)

// TestEvaluateDefaultModel scores the embedded model on the tiny synthetic
// corpus and checks the table's shape.
func TestEvaluateDefaultModel(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"../../entity/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for _, want := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestEvaluatePipeline scores the whole Extractor on the same corpus.
func TestEvaluatePipeline(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"-pipeline", "../../entity/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "overall") {
		t.Errorf("no table:\n%s", stdout.String())
	}
}

func TestEvaluateErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"no/such.conll"}, {"-model", "no/such.model", "../../entity/testdata/ner_tiny.conll"}} {
		if err := run(args, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}

// TestEvaluateShowsErrors checks that -errors prints the sentences whose
// spans differ from gold, in both modes, and no more than asked.
func TestEvaluateShowsErrors(t *testing.T) {
	for _, mode := range [][]string{nil, {"-pipeline"}} {
		var stdout, stderr strings.Builder
		args := append(append([]string{"-errors", "1"}, mode...), "../../entity/testdata/ner_tiny.conll")
		if err := run(args, &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		// One sentence is shown when the scores are not perfect, none when they are.
		want := 1
		if strings.Contains(stdout.String(), "overall           1.0000    1.0000    1.0000") {
			want = 0
		}
		if n := strings.Count(stdout.String(), "  gold: "); n != want || strings.Count(stdout.String(), "  pred: ") != want {
			t.Errorf("%v: %d gold lines, want %d:\n%s", args, n, want, stdout.String())
		}
	}
}
