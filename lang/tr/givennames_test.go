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

// TestStormHead checks the forms of the storm heads and some words that
// are none: the bare nouns, a given name and surnames among them.
func TestStormHead(t *testing.T) {
	for norm, want := range map[string]bool{
		"kasırgası": true, "kasırgasının": true, "tayfunu": true, "tayfununun": true, "siklonu": true, "fırtınası": true,
		"kasırga": false, "tayfun": false, "fırtına": false, "fırtınaya": false, "siklon": false,
		"yağmur": false, "kasa": false, "": false,
	} {
		if got := (Turkish{}).StormHead(norm); got != want {
			t.Errorf("StormHead(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestCommonWordName checks a few given names that are ordinary words
// and some that are not.
func TestCommonWordName(t *testing.T) {
	for norm, want := range map[string]bool{
		"son": true, "milli": true, "güneş": true, "bahar": true, "umut": true,
		"kemal": false, "selin": false, "selçuk": false, "ahmet": false,
	} {
		if got := (Turkish{}).CommonWordName(norm); got != want {
			t.Errorf("CommonWordName(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestPlaceCases checks the case endings of where, from where and to
// where.
func TestPlaceCases(t *testing.T) {
	for s, want := range map[string]bool{"'da": true, "'ten": true, "'daki": true, "'ndaki": true, "'ın": false, "'a": false, "'yla": false} {
		if got := (Turkish{}).LocativeCase(s); got != want {
			t.Errorf("LocativeCase(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"'a": true, "'ye": true, "'na": true, "'da": false, "'ın": false} {
		if got := (Turkish{}).DativeCase(s); got != want {
			t.Errorf("DativeCase(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"'dan": true, "'ten": true, "'ndan": true, "'dakinden": true, "'da": false, "'nde": false, "'daki": false, "'a": false, "'ın": false} {
		if got := (Turkish{}).AblativeCase(s); got != want {
			t.Errorf("AblativeCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestVenueHead checks the forms of the venues' head nouns and some words
// that are none.
func TestVenueHead(t *testing.T) {
	for norm, want := range map[string]bool{
		"stadı": true, "stadında": true, "stadyumu": true, "stadyumunda": true, "arena": true, "camii": true, "camisi": true,
		"park": true, "parkı": true, "parkında": true,
		"sarayı": false, "oteli": false, "stat": false, "camia": false, "camiası": false, "parkinson": false, "parkur": false,
	} {
		if got := (Turkish{}).VenueHead(norm); got != want {
			t.Errorf("VenueHead(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestVenueLead checks a few words that open a sentence before a venue's
// name and some words of names.
func TestVenueLead(t *testing.T) {
	for norm, want := range map[string]bool{"dün": true, "bugün": true, "bu": true, "geçen": true, "türk": false, "yeni": false, "kemal": false} {
		if got := (Turkish{}).VenueLead(norm); got != want {
			t.Errorf("VenueLead(%q) = %v, want %v", norm, got, want)
		}
	}
}
