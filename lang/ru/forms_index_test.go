package ru

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"strings"
	"testing"
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

// buildFormsIndex lays out the index formsIndex describes: at least twice
// as many slots as lines, so that probes stay short.
func buildFormsIndex(body string) []byte {
	n := strings.Count(body, "\n")
	size := 1
	for size < 2*n {
		size <<= 1
	}
	slots := make([]uint32, size)
	for off := 0; off < len(body); {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		form, _, _ := strings.Cut(body[off:off+end], "\t")
		i := int(formHash(form)) & (size - 1)
		for slots[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		slots[i] = uint32(off) + 1
		off += end + 1
	}
	out := make([]byte, 4*size)
	for i, v := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}
