package tr

import "testing"

func TestInstitutionalGloss(t *testing.T) {
	for _, c := range []struct {
		form, pivot string
		ok          bool
	}{
		{"bakanlık", "ministry", true},
		{"dışişleri", "foreign", true},
		{"yüksek mahkeme", "supreme court", true},
		{"işleri", "", true}, // a word the name adds
		{"hmp", "prison", true},
		{"estadio", "stadium", true},
		{"yüksek", "", false}, // high or supreme: glossed in phrases only
		{"meclis", "", false}, // assembly or parliament
		{"deniz", "", false},  // a given name too
	} {
		if pivot, ok := (Turkish{}).InstitutionalGloss(c.form); pivot != c.pivot || ok != c.ok {
			t.Errorf("InstitutionalGloss(%q) = %q, %v; want %q, %v", c.form, pivot, ok, c.pivot, c.ok)
		}
	}
}
