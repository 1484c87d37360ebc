package tr

import "testing"

// TestInstitutionHeads checks the institutions' heads that
// EndsOrganization accepts beside the other heads.
func TestInstitutionHeads(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"heyeti", "heyetine", "yüksekokul", "yüksekokulu", "tiyatroları", "tiyatrolarından"} {
		if !l.EndsOrganization(w) {
			t.Errorf("EndsOrganization(%q) = false", w)
		}
	}
	for _, w := range []string{"tiyatrosu", "tiyatro", "heykel"} {
		if l.EndsOrganization(w) {
			t.Errorf("EndsOrganization(%q) = true", w)
		}
	}
}
