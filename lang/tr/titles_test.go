package tr

import "testing"

func TestTitleBeforeName(t *testing.T) {
	tests := map[string]bool{
		"peder":    true, // a title the cues leave out
		"şansölye": true,
		"başbakan": true,  // a role cue
		"dr.":      true,  // a title cue
		"paşa":     false, // stays in the name (TitleInName)
		"johnson":  false,
		"":         false,
	}
	for w, want := range tests {
		if got := (Turkish{}).TitleBeforeName(w); got != want {
			t.Errorf("TitleBeforeName(%q) = %v, want %v", w, got, want)
		}
	}
}
