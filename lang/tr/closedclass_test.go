package tr

import "testing"

// TestClosedClass checks function words against names and content words
// that open names.
func TestClosedClass(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"bu", true}, {"bizim", true}, {"ancak", true}, {"ve", true},
		{"kim", false},   // Kim Jong Un in lower case
		{"doğru", false}, // Doğru Yol Partisi
		{"yüksek", false}, {"türkiye", false}, {"", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).ClosedClass(tc.norm); got != tc.want {
			t.Errorf("ClosedClass(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
