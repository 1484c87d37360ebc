package tr

import "testing"

func TestTeamPossession(t *testing.T) {
	tests := []struct {
		suffix, norm, next string
		sports, want       bool
	}{
		{"", "kalecisi", "", false, true},
		{"'nin", "golcüsü", "", false, true},
		{"", "ceza", "sahasının", false, true},
		{"", "teknik", "direktörü", false, true},
		{"", "savunmasını", "", true, true},
		{"’ın", "forması", "", true, true},
		{"", "savunmasını", "", false, false}, // a defendant's, outside a match report
		{"", "sahasında", "", false, false},   // an oil field
		{"'a", "kalecisi", "", true, false},   // a dative: no compound
		{"", "ceza", "aldı", true, false},
		{"", "oyuncusu", "", true, false}, // an actor too
		{"", "defansı", "", true, false},  // an accusative too: Hazard defansı geçti
		{"", "teknik", "ekip", true, false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).TeamPossession(tc.suffix, tc.norm, tc.next, tc.sports); got != tc.want {
			t.Errorf("TeamPossession(%q, %q, %q, %v) = %v, want %v", tc.suffix, tc.norm, tc.next, tc.sports, got, tc.want)
		}
	}
}
