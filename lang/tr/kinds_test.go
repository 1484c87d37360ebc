package tr

import "testing"

func TestAnnouncesKind(t *testing.T) {
	for w, want := range map[string]bool{"gibi": true, "diğer": true, "ve": false, "göre": false, "": false} {
		if got := (Turkish{}).AnnouncesKind(w); got != want {
			t.Errorf("AnnouncesKind(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRangeWords(t *testing.T) {
	for w, want := range map[string]bool{"kadar": true, "gibi": false, "": false} {
		if got := (Turkish{}).ClosesRange(w); got != want {
			t.Errorf("ClosesRange(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"'den": true, "'tan": true, "’dan": true, "'e": false, "'deki": false, "": false} {
		if got := (Turkish{}).OpensRange(w); got != want {
			t.Errorf("OpensRange(%q) = %v, want %v", w, got, want)
		}
	}
}
