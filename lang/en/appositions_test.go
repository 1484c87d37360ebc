package en

import "testing"

func TestKindBefore(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"brand", true}, {"retailer", true}, {"affiliate", true}, {"carmaker", true}, {"company", true},
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
