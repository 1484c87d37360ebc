package tr

import "testing"

func TestBrandPossessive(t *testing.T) {
	for w, want := range map[string]bool{"'s": true, "’s": true, "'ın": false, "'sı": false, "s": false, "": false} {
		if got := (Turkish{}).BrandPossessive(w); got != want {
			t.Errorf("BrandPossessive(%q) = %v, want %v", w, got, want)
		}
	}
}
