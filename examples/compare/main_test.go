package main

import (
	"strings"
	"testing"
)

func TestCompareReportsBoth(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"-n", "1", "../../testdata/xinhua_hangzhou_tr.txt"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"varlik ", "prose v3", " per byte", "varlik found", "prose v3 found", "Hangzhou"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run([]string{"no/such/file"}, &out); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestOnceRunsOneLibrary(t *testing.T) {
	for _, lib := range []string{"varlik", "prose"} {
		var out strings.Builder
		if err := run([]string{"-once", lib, "../../testdata/xinhua_hangzhou_tr.txt"}, &out); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); !strings.HasPrefix(got, lib+": ") || strings.Contains(got, " 0 tokens") {
			t.Errorf("-once %s printed %q", lib, got)
		}
	}
	if err := run([]string{"-once", "spacy", "../../testdata/xinhua_hangzhou_tr.txt"}, new(strings.Builder)); err == nil {
		t.Error("-once spacy gave no error")
	}
}

func TestSpeedLine(t *testing.T) {
	for ratio, want := range map[float64]string{
		24:  "varlik is 24.0× faster per byte",
		1:   "varlik is 1.0× faster per byte",
		0.5: "varlik is 2.0× slower per byte",
	} {
		if got := speedLine(ratio); got != want {
			t.Errorf("speedLine(%v) = %q, want %q", ratio, got, want)
		}
	}
}

func TestAppendLinesSkipsBlankLines(t *testing.T) {
	got := appendLines([]string{"first"}, "a b\r\n\nc\n \t\r\nd")
	want := []string{"first", "a b", "c", "d"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("appendLines = %q, want %q", got, want)
	}
}
