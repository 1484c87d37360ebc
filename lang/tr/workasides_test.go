package tr

import "testing"

// TestWorkAsides checks the months and the kinds of recording.
func TestWorkAsides(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"ocak", "haziran", "aralık"} {
		if !l.Month(w) {
			t.Errorf("Month(%q) = false", w)
		}
	}
	for _, w := range []string{"pazartesi", "yaz", ""} {
		if l.Month(w) {
			t.Errorf("Month(%q) = true", w)
		}
	}
	for _, w := range []string{"enstrümantal", "remix", "akustik"} {
		if !l.RecordingKind(w) {
			t.Errorf("RecordingKind(%q) = false", w)
		}
	}
	for _, w := range []string{"canlı", "film", ""} {
		if l.RecordingKind(w) {
			t.Errorf("RecordingKind(%q) = true", w)
		}
	}
}
