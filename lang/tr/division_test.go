package tr

import "testing"

func TestDivisionNoun(t *testing.T) {
	for norm, want := range map[string]bool{
		"eyaletinin": true, "ilinin": true, "ilçesine": true, "bölgesinde": true, "köyünde": true,
		"ile": false, "ilk": false, "ilgili": false, "nehrinin": false, "adasının": false,
	} {
		if got := (Turkish{}).DivisionNoun(norm); got != want {
			t.Errorf("DivisionNoun(%q) = %v, want %v", norm, got, want)
		}
	}
}
