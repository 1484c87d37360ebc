package en

import "testing"

func TestPersonContext(t *testing.T) {
	e := English{}
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"suspect", "", true}, {"sidekick", "", true}, {"judge", "", true}, {"mr", "", true},
		{"foreign", "", false}, // Foreign Office
		{"in", "", false},
	} {
		if got := e.PersonBefore(tc.before, "x"); got != tc.want {
			t.Errorf("PersonBefore(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"", "testified", true}, {"of", "said", true},
		{"the", "said", false}, // the National Hurricane Center said
		{"of", "is", false},
		{"in", "said", false}, {"at", "said", false}, // officials in Whitehall said
	} {
		if got := e.PersonAfter(tc.before, tc.after); got != tc.want {
			t.Errorf("PersonAfter(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
	if e.PersonOpens("Hazard", []string{"outran"}) {
		t.Error("PersonOpens: true")
	}
}

func TestTitleBeforeName(t *testing.T) {
	for norm, want := range map[string]bool{
		"lifeguard": true, "det": true, "insp": true, "pm": true, "judge": true, "mother-of-three": true,
		"capt": false, "mr": false, // honorifics: a full stop may follow
		"foreign": false, "larry": false, "of": false, "-of-": false,
	} {
		if got := (English{}).TitleBeforeName(norm); got != want {
			t.Errorf("TitleBeforeName(%q) = %v, want %v", norm, got, want)
		}
	}
}
