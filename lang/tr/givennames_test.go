package tr

import "testing"

// TestGivenName checks a few folded words against the given-name list.
func TestGivenName(t *testing.T) {
	for norm, want := range map[string]bool{
		"mehmet": true, "ayşe": true, "umut": true, "deniz": true,
		"ankara": false, "bakan": false, "Mehmet": false, "": false,
	} {
		if got := (Turkish{}).GivenName(norm); got != want {
			t.Errorf("GivenName(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestStormWord checks the forms of the storm words and some words that
// are none.
func TestStormWord(t *testing.T) {
	for norm, want := range map[string]bool{
		"kasırga": true, "kasırgası": true, "kasırganın": true, "tayfunu": true, "siklon": true, "fırtınaya": true,
		"yağmur": false, "sel": false, "rüzgar": false, "kasa": false, "": false,
	} {
		if got := (Turkish{}).StormWord(norm); got != want {
			t.Errorf("StormWord(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestVenueHead checks the forms of the venues' head nouns and some words
// that are none.
func TestVenueHead(t *testing.T) {
	for norm, want := range map[string]bool{
		"stadı": true, "stadında": true, "stadyumu": true, "stadyumunda": true, "arena": true, "camii": true, "camisi": true,
		"sarayı": false, "oteli": false, "stat": false, "camia": false, "camiası": false,
	} {
		if got := (Turkish{}).VenueHead(norm); got != want {
			t.Errorf("VenueHead(%q) = %v, want %v", norm, got, want)
		}
	}
}
