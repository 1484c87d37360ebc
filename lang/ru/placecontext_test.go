package ru

import (
	"strings"
	"testing"
)

func TestPlaceBefore(t *testing.T) {
	tests := []struct {
		before, first string
		want          bool
	}{
		{"церкви", "св", true},
		{"отеле", "роа", true},
		{"комплексе", "грейсон", true},
		{"города", "мидсомер", true},
		{"республиканец", "джефф", false},   // no case form of a kind
		{"селебрити-стилист", "люк", false}, // no case form of a kind
		{"города", "александр", false},      // a given name
		{"города", "бориса", false},         // a given name, oblique
		{"области", "мишарин", false},       // a region
		{"президент", "мартина", false},
		{"г.", "кировск", true}, // an abbreviated kind
		{"ул.", "ленина", true},
		{"о.", "иоанн", false}, // отец as often as остров
	}
	for _, tc := range tests {
		if got := (Russian{}).PlaceBefore(tc.before, tc.first); got != tc.want {
			t.Errorf("PlaceBefore(%q, %q) = %v, want %v", tc.before, tc.first, got, tc.want)
		}
	}
}

func TestEndsPlaceName(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"джон-стрит", true},
		{"трафальгар-сквер", true},
		{"эбби-роуд", true},
		{"стрит", false},
		{"-стрит", false},
		{"стритрейсер", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).EndsPlaceName(tc.norm); got != tc.want {
			t.Errorf("EndsPlaceName(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

// TestPlaceNameEndings checks that every ending opens with a hyphen, as
// EndsPlaceName's first test needs, and is found after a name.
func TestPlaceNameEndings(t *testing.T) {
	for _, e := range placeNameEndings {
		if !strings.HasPrefix(e, "-") {
			t.Errorf("ending %q opens with no hyphen", e)
		}
		if !(Russian{}).EndsPlaceName("эбби" + e) {
			t.Errorf("EndsPlaceName(%q) = false", "эбби"+e)
		}
	}
}
