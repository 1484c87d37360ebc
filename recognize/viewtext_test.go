package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestViewText checks a mention's text as the rules see it in a headline's
// truecased view, and as written elsewhere.
func TestViewText(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		text        string
		first, last int // the mention's tokens
		want        string
	}{
		{"PROMOTED LIVINGSTON STUNNED RANGERS AT HOME", 1, 2, "Livingston"},
		{"SOCCER - ROTOR VOLGOGRAD SACK THEIR COACH", 2, 4, "Rotor Volgograd"},
		{"Promoted LIVINGSTON stunned Rangers at home", 1, 2, "LIVINGSTON"}, // not a headline: as written
		{"Promoted Livingston stunned Rangers at home", 1, 2, "Livingston"},
	}
	for _, tc := range tests {
		_, doc, saved := truecasedView(t, r, "en", tc.text)
		e := doc.Mention(tc.first, tc.last, annotation.Person, 1, "test")
		if got := viewText(doc, &e); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
		restoreCase(doc, saved)
		if got := viewText(doc, &e); got != e.Text {
			t.Errorf("%q restored: %q, want %q", tc.text, got, e.Text)
		}
	}
}
