package tr

import "testing"

// TestGivenName checks a few folded words against the given-name list.
func TestGivenName(t *testing.T) {
	for norm, want := range map[string]bool{
		"mehmet": true, "ayşe": true, "önder": true, "güven": true,
		"ankara": false, "bakan": false, "Mehmet": false, "": false,
	} {
		if got := (Turkish{}).GivenName(norm); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", norm, got, want)
		}
	}
}
