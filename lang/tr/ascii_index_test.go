package tr

import (
	"flag"
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

var update = flag.Bool("update", false, "rewrite the generated tables: data/*.idx from their lists, foldtable.go")

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

// TestWordListIndexes checks that each embedded lang.IndexedWords table
// is the table of its list; with -update it writes them (go generate).
func TestWordListIndexes(t *testing.T) {
	langtest.IndexedWordLists(t, *update, "./lang/tr",
		langtest.IndexedList{File: "data/given_names.idx", Text: givenNamesText, Index: givenNamesIndex},
		langtest.IndexedList{File: "data/glued_stems.idx", Text: gluedStemsText, Index: gluedStemsIndex},
		langtest.IndexedList{File: "data/glued_words.idx", Text: gluedWordsText, Index: gluedWordsIndex},
	)
}
