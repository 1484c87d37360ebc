package en

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
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

// TestAlnumTokensTakeNoSteps checks what tokenizer.take assumes of a token
// that classifyAlnum accepts, on the words of the repository's English
// texts and others: that it is no name with a dot, no opening quote and no
// clitic, and that addAlnum gives it foldInto's Norm.
func TestAlnumTokensTakeNoSteps(t *testing.T) {
	words := []string{"a", "A", "I", "n", "N", "nt", "NT", "s", "UN", "NATO", "30th", "5G", "Xi", "Mr", "x"}
	for _, f := range []string{"../../testdata/story_en.txt", "../../testdata/news_en.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.FieldsFunc(string(data), func(r rune) bool { return r >= 0x80 || !asciiAlnum[r] })...)
	}
	words = append(words, strings.Repeat("Ab", 40))
	for _, w := range words {
		k, capital, ok := classifyAlnum(w)
		if !ok {
			t.Fatalf("classifyAlnum(%q) refuses an ASCII word", w)
		}
		if ShortNameWithDot(w) || openingQuote(w) || isClitic(w) {
			t.Errorf("%q: a name with a dot, an opening quote or a clitic", w)
		}
		tk := tokenizer{text: w}
		tk.addAlnum(0, len(w), k, capital)
		if got, want := tk.toks[0].Norm, foldInto(&lang.NormArena{}, w); got != want {
			t.Errorf("addAlnum(%q) gives the Norm %q, foldInto %q", w, got, want)
		}
	}
}
