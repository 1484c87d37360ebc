package lang_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestWordSet checks Has against the map it was made from on its words,
// on words that share a first byte or a length with one, on the empty
// word and on words longer than 63 bytes.
func TestWordSet(t *testing.T) {
	long := strings.Repeat("k", 70)
	words := map[string]bool{"goal": true, "goals": true, "derby": true, "é-word": true, long: true, "absent": false, "": true}
	s := lang.NewWordSet(words)
	for _, w := range []string{"goal", "goals", "derby", "é-word", long, "absent", "", "goat", "go", "goalsx", "dérby",
		"derbz", strings.Repeat("k", 64), long + "k", "x", "Goal"} {
		if got, want := s.Has(w), words[w] && w != ""; got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordSetCyrillic checks Has on Cyrillic words, whose first byte most
// share (D0, D1) and whose key the second byte sets: members, words of a
// member's length with another first letter, and one-byte and invalid
// words.
func TestWordSetCyrillic(t *testing.T) {
	words := map[string]bool{"сказал": true, "заявил": true, "и": true, "я": true, "\xd0": true}
	s := lang.NewWordSet(words)
	for _, w := range []string{"сказал", "заявил", "и", "я", "\xd0", "\xd1", "rказал", "тказал", "сказал", "указал",
		"заявил\xff", "\xff", "й", "ё"} {
		if got, want := s.Has(w), words[w]; got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}

func ExampleWordSet() {
	sports := lang.NewWordSet(map[string]bool{"goal": true, "striker": true})
	for _, w := range []string{"striker", "strike", "said"} {
		fmt.Println(w, sports.Has(w))
	}
	// Output:
	// striker true
	// strike false
	// said false
}
