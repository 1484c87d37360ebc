package tr

import (
	"flag"
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
)

var update = flag.Bool("update", false, "rewrite data/ascii_forms.idx from data/ascii_forms.txt")

// TestASCIIFormsIndex checks that the embedded index is the table of the
// embedded list (asciiFormsIndex); with -update it writes it (go generate).
func TestASCIIFormsIndex(t *testing.T) {
	want := lang.EncodeSlots(lang.LineSlots(asciiFormsText, spellingHash))
	if *update {
		if err := os.WriteFile("data/ascii_forms.idx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if asciiFormsIndex != string(want) {
		t.Fatal("data/ascii_forms.idx is not the index of data/ascii_forms.txt: run go generate ./lang/tr")
	}
}
