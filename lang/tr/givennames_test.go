package tr

import (
	"strings"
	"testing"
)

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

// TestLocativeCaseByConcat compares LocativeCase and trimApostrophes with
// the code they replace, which matched six endings each with n and ki
// built on, after strings.TrimLeft: on every string of up to five pieces
// from the endings' letters, apostrophes and others.
func TestLocativeCaseByConcat(t *testing.T) {
	old := func(suffix string) bool {
		s := strings.TrimLeft(suffix, "'’")
		for _, p := range [...]string{"da", "de", "ta", "te", "nda", "nde"} {
			if s == p || s == p+"n" || strings.HasPrefix(s, p+"ki") {
				return true
			}
		}
		return false
	}
	pieces := []string{"'", "’", "\xe2", "d", "t", "n", "a", "e", "k", "i", "x", "ı"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		if got, want := (Turkish{}).LocativeCase(s), old(s); got != want {
			t.Fatalf("LocativeCase(%q) = %v, the old code %v", s, got, want)
		}
		if got, want := trimApostrophes(s), strings.TrimLeft(s, "'’"); got != want {
			t.Fatalf("trimApostrophes(%q) = %q, strings.TrimLeft %q", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n-1)
		}
	}
	walk("", 5)
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

// TestFacilityHead checks the forms of the facilities' head nouns and some
// words that begin as they do.
func TestFacilityHead(t *testing.T) {
	for norm, want := range map[string]bool{
		"köprüsü": true, "köprüsünde": true, "kulesi": true, "havalimanı": true, "havaalanına": true,
		"garı": true, "barajı": true, "limanı": true, "meydanında": true, "külliyesi": true, "kalesi": true, "oteli": true, "otelinde": true,
		"havalimanları": false, "barajları": false, "istasyonları": false, "otelleri": false, "otel": false,
		"köprü": false, "liman": false, "manastır": false, "kale": false, "garip": false, "kilisesi": false,
	} {
		if got := (Turkish{}).FacilityHead(norm); got != want {
			t.Errorf("FacilityHead(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestNamesIndex checks the forms of endeks and a verb's that begins as
// they do.
func TestNamesIndex(t *testing.T) {
	for norm, want := range map[string]bool{
		"endeksi": true, "endeksinde": true, "endeks": true, "endeksleri": true,
		"indeksi": true, "endekslenmiş": false, "endekslendi": false, "indekslenen": false, "ends": false,
	} {
		if got := (Turkish{}).NamesIndex(norm); got != want {
			t.Errorf("NamesIndex(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestFieldTitle checks the forms of a minister's title and the bodies'
// words that begin as it does.
func TestFieldTitle(t *testing.T) {
	for norm, want := range map[string]bool{
		"bakan": true, "bakanı": true, "bakanımız": true, "bakanının": true,
		"bakanlığı": false, "bakanlar": false, "başkanı": false,
	} {
		if got := (Turkish{}).FieldTitle(norm); got != want {
			t.Errorf("FieldTitle(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestLowerCaseFacilityHead checks that a keeper's goal is no facility's
// head in text written in lower case.
func TestLowerCaseFacilityHead(t *testing.T) {
	for norm, want := range map[string]bool{"köprüsü": true, "havalimanında": true, "kalesi": false, "kalesinden": false, "köprü": false} {
		if got := (Turkish{}).LowerCaseFacilityHead(norm); got != want {
			t.Errorf("LowerCaseFacilityHead(%q) = %v, want %v", norm, got, want)
		}
	}
}
