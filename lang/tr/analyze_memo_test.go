package tr

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/varlik/varlik/internal/memo/memotest"
)

// TestAnalyzeMemo checks Turkish.Analyze, which keeps recent words'
// readings (analyses), against Analyze on every word of Turkish news and
// the prefixes the gazetteer's probe asks about, on an empty word, one
// over 64 bytes and invalid UTF-8, from eight goroutines at once (run with
// -race), twice: the memo first mostly empty, then holding many words.
// A reading appended to what it returns must not reach the memo.
func TestAnalyzeMemo(t *testing.T) {
	data, err := os.ReadFile("../../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "\xff'\xfe", strings.Repeat("bakanlığının", 8), "ankara'dakilerin"}
	for _, tok := range Tokenize(string(data)) {
		words = append(words, tok.Norm)
		if n := len(tok.Norm); n > 6 {
			words = append(words, tok.Norm[:n-3])
		}
	}
	want := make([]any, len(words))
	for i, w := range words {
		want[i] = Analyze(w)
	}
	var l Turkish
	memotest.FromEachStart(len(words), func(pass, i int) {
		got := l.Analyze(words[i])
		if !reflect.DeepEqual(any(got), want[i]) {
			t.Errorf("pass %d: Analyze(%q) = %v, want %v", pass, words[i], got, want[i])
		}
		_ = append(got, got...) // must copy, not write into the memo's array
	})
}
