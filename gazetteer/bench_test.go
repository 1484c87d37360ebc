package gazetteer_test

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// BenchmarkMatch matches the Turkish news stories of the repository's
// testdata against the default gazetteer, tokenized beforehand.
func BenchmarkMatch(b *testing.B) {
	var text strings.Builder
	for _, f := range []string{"../testdata/story_tr.txt", "../testdata/xinhua_hangzhou_tr.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(data)
		text.WriteByte('\n')
	}
	l := turkish(b)
	toks := l.Tokenize(text.String())
	g := gazetteer.Default()
	matches := 0
	for b.Loop() {
		matches = len(g.Match(toks, l))
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(matches), "matches")
}
