package tr

import "testing"

// TestThingKinds checks the kinds before a thing's name.
func TestThingKinds(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"hayvanı", "köpeği", "yazılımı"} {
		if !l.KindBeforeThing(w) {
			t.Errorf("KindBeforeThing(%q) = false", w)
		}
	}
	for _, w := range []string{"oyunu", "sistemi", "başkanı", ""} {
		if l.KindBeforeThing(w) {
			t.Errorf("KindBeforeThing(%q) = true", w)
		}
	}
	if l.KindBeforeTitle("şarkısı") {
		t.Error("KindBeforeTitle(şarkısı) = true")
	}
}
