package tr

import (
	"hash/maphash"
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/internal/memo/memotest"
)

// TestGluedHeads checks gluedHead, which keeps recent words' answers
// (gluedHeads), against NameBeforeGluedSuffix on every word of Turkish
// news, capitalized words glued to a suffix and the longest word it is
// asked (maxWordLen bytes), from eight goroutines at once (run with
// -race), twice: the memo first mostly empty, then holding many words.
func TestGluedHeads(t *testing.T) {
	if maxWordLen > 0xFF {
		t.Fatalf("maxWordLen %d: a slot keeps an offset below 256", maxWordLen)
	}
	data, err := os.ReadFile("../../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "ankarada", "erdoğanın", "istanbulda", "almanca", strings.Repeat("ş", maxWordLen/2), "\xff\xfeda"}
	for _, tok := range Tokenize(string(data)) {
		if len(tok.Norm) <= maxWordLen {
			words = append(words, tok.Norm)
		}
	}
	want := make([]int, len(words))
	found := 0
	for i, w := range words {
		if want[i] = NameBeforeGluedSuffix(w, knownName); want[i] > 0 {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no word with a glued suffix")
	}
	memotest.FromEachStart(len(words), func(pass, i int) {
		if got := gluedHead(words[i]); got != want[i] {
			t.Errorf("pass %d: gluedHead(%q) = %d, want %d", pass, words[i], got, want[i])
		}
	})
}

// TestGluedHeadPastEnd checks that a slot whose answer lies past the
// word's end, which only another word's can (a hash matched by chance), is
// not trusted: gluedHead works the answer out again.
func TestGluedHeadPastEnd(t *testing.T) {
	norm := "ankarada"
	h := maphash.String(gluedHeadsSeed, norm)
	defer gluedHeads.Reset()
	gluedHeads.Store(h, 8, uint64(len(norm)+1))
	if got, want := gluedHead(norm), NameBeforeGluedSuffix(norm, knownName); got != want {
		t.Errorf("gluedHead(%q) with a slot past its end = %d, want %d", norm, got, want)
	}
}
