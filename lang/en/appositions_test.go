package en

import "testing"

func TestKindBefore(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"brand", true}, {"retailer", true}, {"affiliate", true}, {"carmaker", true}, {"company", true}, {"agency", true}, {"daily", true}, {"band", true},
		// people, places and products follow these too
		{"group", false}, {"team", false}, {"club", false}, {"rival", false}, {"brands", false},
	}
	for _, tc := range tests {
		if got := (English{}).KindBefore(tc.norm); got != tc.want {
			t.Errorf("KindBefore(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
	for norm, want := range map[string]bool{"the": true, "a": true, "an": true, "this": false, "brand": false} {
		if got := (English{}).Article(norm); got != want {
			t.Errorf("Article(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestPossessiveInName(t *testing.T) {
	for suffix, want := range map[string]bool{"'s": true, "’s": true, "'ll": false, "'": false} {
		if got := (English{}).PossessiveInName(suffix); got != want {
			t.Errorf("PossessiveInName(%q) = %v, want %v", suffix, got, want)
		}
	}
}

func TestPossessiveHead(t *testing.T) {
	for norm, want := range map[string]bool{"hospital": true, "office": true, "beach": true, "parliament": false, "army": false, "party": false} {
		if got := (English{}).PossessiveHead(norm); got != want {
			t.Errorf("PossessiveHead(%q) = %v, want %v", norm, got, want)
		}
	}
}
