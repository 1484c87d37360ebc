package en

import "testing"

func TestInstitutionalGloss(t *testing.T) {
	for _, c := range []struct {
		form, pivot string
		ok          bool
	}{
		{"center", "center", true},
		{"centre", "center", true},
		{"judicial", "judiciary", true},
		{"trades union", "union", true},
		{"affairs", "", true}, // a word the name adds
		{"hmp", "prison", true},
		{"stadio", "stadium", true},
		{"michigan", "", false},
	} {
		if pivot, ok := (English{}).InstitutionalGloss(c.form); pivot != c.pivot || ok != c.ok {
			t.Errorf("InstitutionalGloss(%q) = %q, %v; want %q, %v", c.form, pivot, ok, c.pivot, c.ok)
		}
	}
}
