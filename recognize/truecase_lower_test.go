package recognize

import "testing"

// TestTruecaseLower checks the truecased view of sentences in lower case:
// a person's word the prior has not seen turns Title case only as a given
// name or right after one (the English surname list holds words web text
// writes as common words), and a gazetteer name's common word only beside
// a name's (sentences written for the test).
func TestTruecaseLower(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ text, want string }{
		{"you should get a cocker spaniel .", "you should get a cocker spaniel ."},                               // a surname alone: the word
		{"some people may call me a coward .", "some people may call me a coward ."},                             // the same
		{"max and jen are looking for you .", "Max and Jen are looking for you ."},                               // given names
		{"i think amy schumer is not funny .", "i think Amy Schumer is not funny ."},                             // a surname after a given name
		{"is there a bus between noida and delhi ?", "is there a bus between Noida and Delhi ?"},                 // places
		{"is there a bus between noida and greater noida ?", "is there a bus between Noida and Greater Noida ?"}, // a gazetteer name's common word
		{"we walked on the long beach near noida .", "we walked on the long beach near Noida ."},                 // no word of it a name's
		{"we flew from noida to port of spain .", "we flew from Noida to Port of Spain ."},                       // not its function word
		{"my iphone is in noida .", "my iphone is in Noida ."},                                                   // a word of no name stays
	}
	for _, tc := range tests {
		got, _, _ := truecasedView(t, r, "en", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTruecaseOpenedSentences checks the truecased view of sentences in
// lower case but for their first word (sentences written for the test).
func TestTruecaseOpenedSentences(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ text, want string }{
		{"Is there a bus between noida and delhi ?", "Is there a bus between Noida and delhi ?"},           // a word the prior has not seen, not one it knows
		{"Kovacic did a quick give-and-go at midfield .", "Kovacic did a quick give-and-go at midfield ."}, // a name opens it
		{"Is there a bus between Noida and delhi ?", "Is there a bus between Noida and delhi ?"},           // its writer capitalizes names
		{"Is it far ?", "Is it far ?"}, // too short
	}
	for _, tc := range tests {
		got, _, _ := truecasedView(t, r, "en", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
