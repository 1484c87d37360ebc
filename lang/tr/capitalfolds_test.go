package tr

import "testing"

func TestCapitalFoldVariant(t *testing.T) {
	for _, c := range []struct{ norm, want string }{
		{"luca modrıc", "luca modric"},
		{"cem yılmaz", "cem yilmaz"},
		{"istanbul", ""},
	} {
		if got := (Turkish{}).CapitalFoldVariant(c.norm); got != c.want {
			t.Errorf("CapitalFoldVariant(%q) = %q, want %q", c.norm, got, c.want)
		}
	}
}
