package en

import (
	"os"
	"strings"
	"testing"
)

// TestClassifyMatchesRunes checks classify's fast paths against
// classifyRunes on every token of the repository's English texts and on
// tokens at the edges of each path.
func TestClassifyMatchesRunes(t *testing.T) {
	words := []string{
		"", "a", "A", "I", "UN", "Un", "NATO", "nato", "5", "2025", "30th", "1ST", "2nd", "3Rd", "5G", "G20",
		"COVID19", "th", "x1", "1x", ".", ",", "'", "%", "$", "#", "@", "\x00", "\x7f", "é", "Ünï", "U.S.",
		"#tag", "@user", "www.x.org", "http://x", "a@b.c", "12:30", "2025-11-04", "5%", "+90", "don't",
	}
	for _, f := range []string{"../../testdata/story_en.txt", "../../testdata/news_en.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks, err := collect(string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range toks {
			words = append(words, tk.Text)
		}
		words = append(words, strings.Fields(string(data))...)
	}
	for c := range 256 {
		words = append(words, string(rune(c)), string([]byte{byte(c)}))
	}
	for _, w := range words {
		checkClassify(t, w)
	}
}

func checkClassify(t *testing.T, w string) {
	t.Helper()
	if got, want := classify(w), classifyRunes(w); got != want {
		t.Fatalf("classify(%q) = %v, classifyRunes gives %v", w, got, want)
	}
}

func FuzzClassify(f *testing.F) {
	for _, w := range []string{"NATO", "30th", "5G", "2025", ".", "U.S.", "a@b.c"} {
		f.Add(w)
	}
	f.Fuzz(checkClassify)
}
