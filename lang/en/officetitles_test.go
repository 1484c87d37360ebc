package en

import "testing"

// TestOfficeTitle checks the titles of monarchs and popes that leave even
// a gazetteer's name, and the titles that begin names.
func TestOfficeTitle(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"pope", true}, {"queen", true}, {"king", true},
		{"lady", false}, {"sheikh", false}, {"ayatollah", false}, {"kingdom", false},
	} {
		if got := (English{}).OfficeTitle(tc.norm); got != tc.want {
			t.Errorf("OfficeTitle(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
