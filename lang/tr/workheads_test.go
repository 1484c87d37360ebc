package tr

import "testing"

// TestWorkHeads checks the work heads that NamesThing accepts beside the
// thing stems.
func TestWorkHeads(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"kasidesi", "lahdi", "marşı", "senfonisi", "konçertosu", "dansı"} {
		if !l.NamesThing(w) {
			t.Errorf("NamesThing(%q) = false", w)
		}
	}
	for _, w := range []string{"destanı", "dans", "lahana", "marş"} {
		if l.NamesThing(w) {
			t.Errorf("NamesThing(%q) = true", w)
		}
	}
}
