package tr

import "testing"

func TestAnnouncesKind(t *testing.T) {
	for w, want := range map[string]bool{"gibi": true, "diğer": true, "ve": false, "göre": false, "": false} {
		if got := (Turkish{}).AnnouncesKind(w); got != want {
			t.Errorf("AnnouncesKind(%q) = %v, want %v", w, got, want)
		}
	}
}
