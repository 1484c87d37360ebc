package en

import (
	"slices"
	"testing"
)

func TestSportsWord(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"goal", true}, {"striker", true}, {"penalty", true}, {"league", true}, {"half-time", true},
		{"bowled", true}, {"batsman", true}, {"goalless", true}, {"shortstop", true}, {"standings", true},
		{"unconverted", true}, {"yellow-carded", true}, {"stretchered", true}, {"fly-half", true}, {"winger", true}, {"offside", true},
		{"try", false}, {"converted", false}, {"card", false}, {"wing", false}, // a verb, a faith, a cheque, a building's
		// politics and business have these too
		{"runs", false}, {"declared", false}, {"century", false}, {"win", false}, {"victory", false}, {"defeat", false}, {"points", false}, {"manager", false},
		{"Goal", false}, // folded words only
	}
	for _, tc := range tests {
		if got := (English{}).SportsWord(tc.norm); got != tc.want {
			t.Errorf("SportsWord(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestPlaceBefore(t *testing.T) {
	for norm, want := range map[string]bool{"in": true, "near": true, "at": false, "for": false, "against": false} {
		if got := (English{}).PlaceBefore(norm); got != want {
			t.Errorf("PlaceBefore(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestClubForms(t *testing.T) {
	got := (English{}).ClubForms("Livingston")
	for _, want := range []string{"Livingston FC", "FC Livingston", "Livingston Football Club", "Livingston United"} {
		if !slices.Contains(got, want) {
			t.Errorf("ClubForms(Livingston) = %q, want %q among them", got, want)
		}
	}
}

func TestVenueBefore(t *testing.T) {
	for norm, want := range map[string]bool{"at": true, "in": false, "against": false, "At": false} {
		if got := (English{}).VenueBefore(norm); got != want {
			t.Errorf("VenueBefore(%q) = %v, want %v", norm, got, want)
		}
	}
}
