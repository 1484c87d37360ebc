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
	for _, want := range []string{"varlik ", "prose v3", "faster per byte"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run([]string{"no/such/file"}, &out); err == nil {
		t.Error("a missing file gave no error")
	}
}
