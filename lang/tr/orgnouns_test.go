package tr

import "testing"

// TestOrganizationNounAfter checks which words after a name make it an
// organization's.
func TestOrganizationNounAfter(t *testing.T) {
	for _, c := range []struct {
		norm string
		want bool
	}{
		{"firmasına", true}, {"şirketinin", true}, {"markası", true}, {"çalışanından", true}, {"sözcüsü", true}, {"grubunun", true},
		{"şirketin", false}, // the bare noun's genitive
		{"şirket", false},   // bare
		{"firmalar", false}, // the bare plural
		{"kenti", false},
	} {
		if got := (Turkish{}).OrganizationNounAfter(c.norm); got != c.want {
			t.Errorf("OrganizationNounAfter(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}
