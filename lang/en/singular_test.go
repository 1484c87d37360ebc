package en

import "testing"

func TestSingular(t *testing.T) {
	for word, want := range map[string]string{"Americans": "American", "sens": "sen", "senator": "senator", "": ""} {
		if got := (English{}).Singular(word); got != want {
			t.Errorf("Singular(%q) = %q, want %q", word, got, want)
		}
	}
}
