package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/ner"
)

// TestTrimInflectedOpeners checks which sentence-opening words come off a
// mention: a common word in an oblique case or the plural, not a name's
// word, not a genitive, and not a word the prior never saw.
func TestTrimInflectedOpeners(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string // tokens, space-separated; the [bracketed] run is a mention
		want  string // the mention's text afterwards, "" for none
	}{
		{"[Ziyarette Emine Erdoğan] da eşlik etti", "Emine Erdoğan"},
		{"[Tuna Nehri] taştı", "Tuna Nehri"},                                              // a name the prior knows capitalized
		{"[Halkların Demokratik Partisi] açıklama yaptı", "Halkların Demokratik Partisi"}, // a genitive may open a name
		{"[Mikayla Mendez] konuştu", "Mikayla Mendez"},                                    // a word the prior never saw
		{"dün [Ziyarette Emine Erdoğan] vardı", "Ziyarette Emine Erdoğan"},                // not the sentence's first word
		{"[Kardeşler Takımı] dizisi", ""},                                                 // a head noun left alone goes
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		ents := trimInflectedOpeners(doc, []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model")}, l, m)
		got := ""
		if len(ents) == 1 {
			got = ents[0].Text
			if doc.Text[ents[0].Start:ents[0].End] != got {
				t.Errorf("%s: offsets of %q", tc.words, got)
			}
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}
