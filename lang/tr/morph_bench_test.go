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
	morphTables() // build the tables outside the timer
	loadLexicon()
	b.ReportAllocs()
	b.ResetTimer()
	loops, readings := 0, 0
	cpu0 := processCPU()
	for b.Loop() {
		for _, w := range words {
			readings += len(Analyze(w))
		}
		loops++
	}
	b.ReportMetric(float64(loops*len(words))/b.Elapsed().Seconds(), "words/s")
	// With -cpu 1 this is words per second of one core, GC included, even
	// when other processes share the machine.
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(loops*len(words))/cpu.Seconds(), "words/cpu-s")
	}
	b.ReportMetric(float64(readings)/float64(loops*len(words)), "readings/word")
}
