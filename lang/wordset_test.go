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
