package tr

import "testing"

func TestBetweenWord(t *testing.T) {
	for w, want := range map[string]bool{
		"arasında": true, "arasındaki": true, "arasına": true, "arasından": true,
		"ara": false, "arada": false, "aralık": false,
	} {
		if got := (Turkish{}).BetweenWord(w); got != want {
			t.Errorf("BetweenWord(%q) = %v, want %v", w, got, want)
		}
	}
}
