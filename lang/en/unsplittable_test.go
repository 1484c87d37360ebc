package en

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/lang"
)

// proseSentences is Sentences without the unsplittable shortcut.
func proseSentences(text string, toks []lang.Token) []lang.Sentence {
	return sentencesAt(toks, proseBounds(text))
}

// TestUnsplittableAgreesWithProse checks that the texts Sentences keeps
// whole without asking prose are ones prose keeps whole, on the story's
// lines and on texts made to test the rule's edges.
func TestUnsplittableAgreesWithProse(t *testing.T) {
	story, err := os.ReadFile("../../testdata/story_en.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(string(story), "\n")
	texts = append(texts,
		"The minister said on Tuesday.", "Mr. Smith arrived", "Did he go?", "He left!  ", "Wow?!", "He said \"go.\"",
		"U.S. talks", "It is 3.5 percent", "Ends with a full stop. ", "no punctuation at all", "a.b", ". starts",
		"Really? Yes.", "one\ttwo.\n", "He said: go…", "Dr.", "(AP) — Officials met.", "Trump.\n\nBiden",
	)
	shortcut := 0
	for _, text := range texts {
		toks := English{}.Tokenize(text)
		if len(toks) == 0 {
			continue
		}
		if unsplittable(text) {
			shortcut++
		}
		if diff := cmp.Diff(proseSentences(text, toks), English{}.Sentences(text, toks)); diff != "" {
			t.Errorf("%q (unsplittable %v): sentences differ from prose's (-prose +got):\n%s", text, unsplittable(text), diff)
		}
	}
	if shortcut < 10 {
		t.Errorf("only %d texts took the shortcut", shortcut)
	}
}
