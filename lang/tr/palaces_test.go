package tr

import "testing"

func TestPalaceHead(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"sarayı", true},
		{"sarayında", true},
		{"sarayının", true},
		{"saray", false}, // Beyaz Saray: a government
		{"sarayla", false},
		{"stadı", false}, // a venue's head, not a palace's
	}
	for _, tc := range tests {
		if got := (Turkish{}).PalaceHead(tc.norm); got != tc.want {
			t.Errorf("PalaceHead(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
