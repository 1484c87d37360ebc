package tr

import "testing"

func TestCommonAcronym(t *testing.T) {
	tests := map[string]bool{
		"KDV":    true,
		"AIDS":   true, // folded with the dotless ı
		"KOBİ":   true,
		"USB":    true,
		"PCR":    true,
		"TIR":    true,
		"KOAH":   true, // a disease
		"TBMM":   false,
		"TÜSİAD": false,
	}
	for w, want := range tests {
		if got := (Turkish{}).CommonAcronym(Fold(w)); got != want {
			t.Errorf("CommonAcronym(%q) = %v, want %v", Fold(w), got, want)
		}
	}
	if !(Turkish{}).LeadsInCapitals() {
		t.Error("LeadsInCapitals() = false")
	}
}
