package nerdata

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/varlik/varlik/conll"
)

// TestReadCoNLLDocuments checks the documents of a CoNLL file: one from
// each -DOCSTART- line to the next, sentences before the first one a
// document too, a file with none a document a sentence, CoNLL-U's "#
// newdoc" comments in a layout with comments; and that the sentences are
// ReadCoNLL's.
func TestReadCoNLLDocuments(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data string
		want       []int
	}{
		{"docs", "-DOCSTART- -X- O O\n\nEU B-ORG\nrejects O\n\nPeter B-PER\n\n-DOCSTART- -X- O O\n\nLondon B-LOC\n", []int{2, 1}},
		{"lead", "Ankara B-LOC\n\n-DOCSTART- O\nRusya B-LOC\n\nÇin B-LOC\n", []int{1, 2}},
		{"none", "Ankara B-LOC\n\nRusya B-LOC\n", []int{1, 1}}, // a collection of sentences
		{"empty", "-DOCSTART- O\n\n-DOCSTART- O\n\nRusya B-LOC\n", []int{1}},
		{"bom", "\ufeff-DOCSTART- O\r\n\r\nEU B-ORG\r\n\r\nPeter B-PER\r\n", []int{2}}, // a byte-order mark, CRLF
	}
	for _, tc := range tests {
		path := filepath.Join(dir, tc.name+".conll")
		if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		sents, sizes, err := ReadCoNLLDocuments(path, conll.Options{})
		if err != nil || !slices.Equal(sizes, tc.want) {
			t.Errorf("%s: %v, %v; want %v", tc.name, sizes, err, tc.want)
			continue
		}
		whole, err := ReadCoNLL(path, conll.Options{})
		if err != nil || len(whole) != len(sents) {
			t.Fatalf("%s: ReadCoNLL gives %d sentences (%v), the documents %d", tc.name, len(whole), err, len(sents))
		}
		for i := range whole {
			if !slices.Equal(whole[i].Tags, sents[i].Tags) {
				t.Errorf("%s: sentence %d: %v, want ReadCoNLL's %v", tc.name, i, sents[i].Tags, whole[i].Tags)
			}
		}
	}
	ud := filepath.Join(dir, "ud.iob2")
	data := "# newdoc id = a\n# sent_id = 1\n1\tEU\tB-ORG\n\n# sent_id = 2\n1\tPeter\tB-PER\n\n# newdoc id = b\n1\tLondon\tB-LOC\n"
	if err := os.WriteFile(ud, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, sizes, err := ReadCoNLLDocuments(ud+"#ud", conll.Options{}); err != nil || !slices.Equal(sizes, []int{2, 1}) {
		t.Errorf("# newdoc: %v, %v; want [2 1]", sizes, err)
	}
	if _, _, err := ReadCoNLLDocuments(filepath.Join(dir, "x.json#re3d"), conll.Options{}); err == nil {
		t.Error("re3d's layout: no error")
	}
}
