package recognize

import "testing"

// TestLowerLoneHeads checks that a headline's place head noun standing
// alone is read in lower case, and one beside a name's word, a number or
// a gazetteer name keeps Title case.
func TestLowerLoneHeads(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text, want string
	}{
		{"PEOPLE GATHERED ON THE BEACH IN PALU", "People gathered on the beach in Palu"},
		{"SURFERS RETURN TO BONDI BEACH", "Surfers return to Bondi Beach"},           // a name's word before it
		{"CRASH ON 125TH STREET IN HARLEM", "Crash on 125TH Street in Harlem"},       // an ordinal before it
		{"STREET PARTIES PLANNED ACROSS TOWN", "Street parties planned across town"}, // the sentence's first word
	}
	for _, tc := range tests {
		if got, _, _ := truecasedView(t, r, "en", tc.text); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
