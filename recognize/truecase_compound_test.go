package recognize

import "testing"

// TestCommonCompound checks that a headline's hyphenated compound of
// common words is read in lower case, and a compound holding a name's part,
// one of number words that writes no number and one the gazetteer names in
// Title case.
func TestCommonCompound(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text, want string
	}{
		{"CYCLIST DIES IN HIT-AND-RUN ON CHILDERS STREET", "Cyclist dies in hit-and-run on Childers Street"},
		{"RAIN BRINGS RELIEF TO DROUGHT-STRICKEN REGION", "Rain brings relief to drought-stricken region"},
		{"FANS FLOCK TO RHEIN-NECKAR-ARENA FOR DERBY", "Fans flock to Rhein-neckar-arena for Derby"}, // a name's parts: Title case, as before
		{"JAPAN'S SEVEN-ELEVEN POSTS RECORD PROFIT", "Japan 's Seven-eleven posts record profit"},    // number words that write no number: a name
		{"BUS CRASH KILLS TWENTY-ONE", "Bus crash kills twenty-one"},                                 // a number
		{"SHARES IN SNAP-ON FALL", "Shares in Snap-on fall"},                                         // a one-word name the gazetteer knows
	}
	for _, tc := range tests {
		if got, _, _ := truecasedView(t, r, "en", tc.text); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
