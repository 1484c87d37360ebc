package tr

import "testing"

// TestSpeakerOpensQuote checks which sentence openers may name a
// quotation's speaker.
func TestSpeakerOpensQuote(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"sumbung", true}, {"ancak", false}, {"ayrıca", false}, {"o", false}, {"biz", false},
	} {
		if got := (Turkish{}).SpeakerOpensQuote(c.norm); got != c.want {
			t.Errorf("SpeakerOpensQuote(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}
