package tr

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// benchWords are the words of the Turkish test stories, folded, plus the
// inflected forms of the test table.
func benchWords(b *testing.B) []string {
	var words []string
	for _, p := range []string{"../../testdata/story_tr.txt", "../../testdata/xinhua_hangzhou_tr.txt"} {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
		}) {
			words = append(words, foldForTest(strings.ReplaceAll(w, "’", "'")))
		}
	}
	for _, c := range morphCases {
		words = append(words, foldForTest(c.word))
	}
	return words
}

func BenchmarkAnalyze(b *testing.B) {
	words := benchWords(b)
	Analyze("ısınma") // build the tables outside the timer
	b.ReportAllocs()
	b.ResetTimer()
	loops, readings := 0, 0
	for b.Loop() {
		for _, w := range words {
			readings += len(Analyze(w))
		}
		loops++
	}
	b.ReportMetric(float64(loops*len(words))/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(readings)/float64(loops*len(words)), "readings/word")
}
