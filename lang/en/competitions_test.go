package en

import "testing"

func TestCompetitionHead(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"league", true}, {"cup", true}, {"championship", true}, {"olympics", true},
		{"liga", true}, {"bundesliga", true}, {"premiership", true}, {"eredivisie", true},
		// bodies' names end in these too
		{"association", false}, {"federation", false}, {"union", false}, {"open", false}, {"games", false},
		{"League", false}, // folded words only
	}
	for _, tc := range tests {
		if got := (English{}).CompetitionHead(tc.norm); got != tc.want {
			t.Errorf("CompetitionHead(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
