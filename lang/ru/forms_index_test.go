package ru

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
)

var update = flag.Bool("update", false, "rewrite the generated tables (forms.idx, data/*.idx) from their lists")

// TestFormsIndex checks that forms.idx is the index of forms.txt (go
// generate ./lang/ru rewrites it), so that every form is found.
func TestFormsIndex(t *testing.T) {
	want := lang.EncodeSlots(lang.LineSlots(formsText, lang.KeyHash))
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
