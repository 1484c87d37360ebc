package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropWorkTitles checks which mentions the bracketed aside after them
// shows to be a work's title.
func TestDropWorkTitles(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		kept  bool
	}{
		{"[Mavi Deniz] ( Haziran 2005 ) ,", false},
		{"[Kayalar] ( Enstrümantal ) ,", false},
		{"[Kayalar] ( remix )", false},
		{"[Ali Kaya] ( 12 Haziran 1950 ) Türk yazar", true},  // a birth's day: a person
		{"[Norveç] ( 1913 ) kadınlara oy hakkı verdi", true}, // a year alone
		{"[Ali Kaya] ( Haziran ) geldi", true},
		{"[Ali Kaya] ( 45 ) yaşında", true},
		{"[Kayalar] ( Enstrümantal", true}, // no closing bracket
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, annotation.Location, 0.5, "model")
		if got := len(dropWorkTitles(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
