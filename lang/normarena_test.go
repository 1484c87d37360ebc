package lang

import (
	"strings"
	"testing"
)

func upperToLower(b []byte, s string) ([]byte, bool) {
	if strings.Contains(s, "!") {
		return b, false // a form this folder cannot make
	}
	return append(b, strings.ToLower(s)...), true
}

// TestNormArenaKeepsForms folds many words through a small arena and
// checks that every form handed out stays intact as arrays fill and new
// ones begin, and that a word the folder refuses leaves the arena as it
// was.
func TestNormArenaKeepsForms(t *testing.T) {
	a := NewNormArena(10)
	var words, forms []string
	for i := range 2000 {
		w := strings.Repeat("AbC", i%50+1)
		f, ok := a.Fold(w, len(w), upperToLower)
		if !ok {
			t.Fatalf("Fold(%q) failed", w)
		}
		words, forms = append(words, w), append(forms, f)
		if _, ok := a.Fold("No!", 3, upperToLower); ok {
			t.Fatal("a refused word was folded")
		}
	}
	for i, f := range forms {
		if want := strings.ToLower(words[i]); f != want {
			t.Fatalf("form %d is %q, want %q", i, f, want)
		}
	}
	if a.next != maxNormArray {
		t.Errorf("arrays grew to %d bytes, want %d", a.next, maxNormArray)
	}
}
