package tr

import "testing"

// TestPlaceNounAfter checks which words after a name make it a place's or
// a facility's.
func TestPlaceNounAfter(t *testing.T) {
	l := Turkish{}
	for _, c := range []struct {
		norm            string
		place, facility bool
	}{
		{"kentinde", true, false},
		{"kentlerinde", true, false}, // the possessive plural (Bonn ve Köln kentlerinde)
		{"köyünde", true, false},
		{"köyün", false, false}, // the bare noun's genitive
		{"bölge", false, false}, // bare: an adjective's
		{"sahiline", true, false},
		{"ülkeleri", false, false},
		{"hapishanesine", false, true},
		{"stadında", false, true},
		{"kalesini", false, false}, // a keeper's goal as often as a castle
	} {
		if got := l.PlaceNounAfter(c.norm); got != c.place {
			t.Errorf("PlaceNounAfter(%q) = %v, want %v", c.norm, got, c.place)
		}
		if got := l.FacilityNounAfter(c.norm); got != c.facility {
			t.Errorf("FacilityNounAfter(%q) = %v, want %v", c.norm, got, c.facility)
		}
	}
}
