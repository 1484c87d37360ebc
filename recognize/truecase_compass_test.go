package recognize

import "testing"

// TestTruecaseCompassWords checks that a headline's compass adjective
// before a place is read in lower case, out of the place's name, unless a
// gazetteer name or a head noun after it makes it a word of a name.
func TestTruecaseCompassWords(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text, want string
	}{
		{"FLOOD WATCHES FOR WESTERN ARIZONA AND NEVADA", "Flood watches for western Arizona and Nevada"},
		{"VOLCANO ERUPTS IN CENTRAL MEXICO", "Volcano erupts in central Mexico"},
		{"CONCERT HELD IN CENTRAL PARK", "Concert held in Central Park"},                 // a head noun after it
		{"RIOTS SPREAD ACROSS NORTHERN IRELAND", "Riots spread across Northern Ireland"}, // a gazetteer name
		{"WESTERN LEADERS MEET IN PARIS", "Western leaders meet in Paris"},               // a sentence's first word
	}
	for _, tc := range tests {
		if got, _, _ := truecasedView(t, r, "en", tc.text); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
