package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestTrimMinuteMarks checks that a minute's abbreviation comes off a
// mention's end and that names without one stay whole.
func TestTrimMinuteMarks(t *testing.T) {
	tests := []struct {
		lang, text, name, want string
	}{
		{"tr", "Kaleci Murat (Cengiz Dk. 58) oynadı.", "Cengiz Dk", "Cengiz"},
		{"tr", "Savunmada Hakan Kurt dk. 71 oyuna girdi.", "Hakan Kurt dk", "Hakan Kurt"},
		{"tr", "Dk. 12 ile başlayan not okundu.", "Dk", "Dk"},                      // the abbreviation alone: no name left to keep
		{"tr", "Forvette Cengiz Dikmen oynadı.", "Cengiz Dikmen", "Cengiz Dikmen"}, // a surname that begins alike
		{"en", "Coach Ann Dk spoke.", "Ann Dk", "Ann Dk"},                          // no lang.MinuteMarks
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Person, "")
		trimMinuteMarks(doc, ents, l)
		if got := ents[0].Text; got != tc.want || doc.Text[ents[0].Start:ents[0].End] != got {
			t.Errorf("%q: %q → %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
