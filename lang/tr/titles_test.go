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

// TestOfficeTitle checks the titles of monarchs and popes that leave even
// a gazetteer's name, and the titles that begin names.
func TestOfficeTitle(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"papa", true}, {"kraliçe", true}, {"prens", true},
		{"şeyh", false}, {"sultan", false}, {"ayetullah", false}, {"papaz", false},
	} {
		if got := (Turkish{}).OfficeTitle(tc.norm); got != tc.want {
			t.Errorf("OfficeTitle(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
