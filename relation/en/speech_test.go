package en

import (
	"slices"
	"testing"
)

// TestSayForms checks the forms the verbs of saying are matched in, and
// that a form a noun shares is left out.
func TestSayForms(t *testing.T) {
	clause, all := sayForms(clauseVerbs, false), sayForms(allVerbs, true)
	for _, f := range []string{"said", "has said", "argued", "stressed", "emphasized", "claimed", "noted"} {
		if !slices.Contains(clause, f) {
			t.Errorf("clause verbs lack %q", f)
		}
	}
	// No present form without "that" (headlines: "Apple announces a new iPhone"), nor a noun's.
	for _, f := range []string{"announces", "declares", "confirms", "argues", "claims", "notes", "reports",
		"admitted", "conceded", "announced", "wrote", "reported", "explained"} {
		if slices.Contains(clause, f) {
			t.Errorf("clause verbs have %q", f)
		}
	}
	for _, f := range []string{"told", "tells", "admitted", "replied", "testified", "pointed out",
		"revealed", "reveals", "argues", "stresses", "announces"} {
		if !slices.Contains(all, f) {
			t.Errorf("verbs of saying lack %q", f)
		}
	}
	if slices.Contains(all, "replies") || slices.Contains(all, "states") {
		t.Error("verbs of saying have a noun's form")
	}
	gerunds := sayGerunds(clauseVerbs)
	for _, f := range []string{"saying", "arguing", "noting", "adding", "emphasizing"} {
		if !slices.Contains(gerunds, f) {
			t.Errorf("gerunds lack %q", f)
		}
	}
}
