package ru

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

var update = flag.Bool("update", false, "rewrite forms.idx from forms.txt")

// TestFormsIndex checks that forms.idx is the index of forms.txt (go
// generate ./lang/ru rewrites it), so that every form is found.
func TestFormsIndex(t *testing.T) {
	want := buildFormsIndex(formsBody(formsText))
	if *update {
		if err := os.WriteFile("forms.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(formsIndex), want) {
		t.Fatal("forms.idx is not the index of forms.txt: run go generate ./lang/ru")
	}
}

// buildFormsIndex lays out the index formsIndex describes: the body's
// lines by the hash of their form (lang.LineSlots), at least twice as many
// slots as lines, so that probes stay short.
func buildFormsIndex(body string) []byte {
	return lang.EncodeSlots(lang.LineSlots(body, func(line string) uint64 {
		form, _, _ := strings.Cut(line, "\t")
		return formHash(form)
	}))
}
