package tr

import "testing"

func TestSubjectParticiple(t *testing.T) {
	tests := map[string]bool{
		"söyleyen":   true,
		"vurgulayan": true,
		"kaydeden":   true, // the verb's own d
		"bildiren":   true,
		"tarafından": false, // the ablative
		"yeniden":    false,
		"zaman":      false, // a noun
		"olan":       true,
		"giden":      true,
		"anlatan":    true,  // a verb in -t
		"dan":        false, // too short to tell
		"söyledi":    false,
	}
	for w, want := range tests {
		if got := (Turkish{}).SubjectParticiple(w); got != want {
			t.Errorf("SubjectParticiple(%q) = %v, want %v", w, got, want)
		}
	}
}
