package main

import (
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"-version"}, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"varlik ", "gazetteer ", "model tr {", "model ru {", `"inputs":[`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-version output lacks %q:\n%s", want, out.String())
		}
	}
}
