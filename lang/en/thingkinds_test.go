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

func TestNamesThing(t *testing.T) {
	for norm, want := range map[string]bool{"films": true, "festival": true, "week": true, "scale": true, "show": false, "party": false} {
		if got := (English{}).NamesThing(norm); got != want {
			t.Errorf("NamesThing(%q) = %v, want %v", norm, got, want)
		}
	}
}
