package en

import "testing"

func TestKindBeforeThing(t *testing.T) {
	for norm, want := range map[string]bool{
		"hurricane": true, "storm": true, "typhoon": true,
		"Hurricane": false, // folded words only
		"center":    false, "rain": false,
	} {
		if got := (English{}).KindBeforeThing(norm); got != want {
			t.Errorf("KindBeforeThing(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestTeamPlural(t *testing.T) {
	tests := []struct {
		before, norm string
		want         bool
	}{
		{"the", "nationals", true}, {"the", "rockies", true},
		{"a", "nationals", false}, // not after the article
		{"the", "boss", false},    // no plural
		{"the", "us", false},      // too short
	}
	for _, tc := range tests {
		if got := (English{}).TeamPlural(tc.before, tc.norm); got != tc.want {
			t.Errorf("TeamPlural(%q, %q) = %v, want %v", tc.before, tc.norm, got, tc.want)
		}
	}
}

func TestNamesThing(t *testing.T) {
	for norm, want := range map[string]bool{"films": true, "festival": true, "week": true, "scale": true, "show": false, "party": false} {
		if got := (English{}).NamesThing(norm); got != want {
			t.Errorf("NamesThing(%q) = %v, want %v", norm, got, want)
		}
	}
}
