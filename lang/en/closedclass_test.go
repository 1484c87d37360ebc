package en

import "testing"

func TestClosedClass(t *testing.T) {
	for norm, want := range map[string]bool{
		"who": true, "it": true, "am": true, "the": true, "will": true,
		"us": false, "un": false, "eu": false, "who's": false, "WHO": false, // folded words only
	} {
		if got := (English{}).ClosedClass(norm); got != want {
			t.Errorf("ClosedClass(%q) = %v, want %v", norm, got, want)
		}
	}
}
