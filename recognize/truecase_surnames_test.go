package recognize

import "testing"

// TestTitleCaseSurnames checks that a headline's word after a given name
// keeps Title case as a surname where the prior allows it, and not where
// it is a verb, a function word, a head noun or a firm's word.
func TestTitleCaseSurnames(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text, want string
	}{
		{"CLUB SACKS STEVEN GERRARD AFTER DEFEAT", "Club sacks Steven Gerrard after defeat"},
		{"PRIME MINISTER THERESA MAY ACCUSED CRITICS", "Prime Minister Theresa May accused critics"}, // a month's name
		{"PRESIDENT JOHN SAID NOTHING AT ALL", "President John said nothing at all"},                 // a verb: the prior sees it in lower case
		{"VISITORS FLOCK TO FLORIDA KEYS AGAIN", "Visitors flock to Florida keys again"},             // after a place
		{"GUESTS PRAISE HYATT WEB SITE", "Guests praise Hyatt web site"},                             // a firm's word
		{"Steven gerrard was sacked", "Steven gerrard was sacked"},                                   // not a headline
	}
	for _, tc := range tests {
		if got, _, _ := truecasedView(t, r, "en", tc.text); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
