package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestTrimLowerHead checks which organization mentions lose the lower-case
// head noun at their end.
func TestTrimLowerHead(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the organization mention is the [bracketed] ones
		id    string
		want  string
	}{
		{tr.Turkish{}, "Lahey [BM kurumu] karar verdi", "", "BM"},
		{tr.Turkish{}, "daha sonra [Microsoft Research kurumunda] çalıştı", "", "Microsoft Research"},
		{tr.Turkish{}, "( [Beslenmenin Gücü ) derneği] de", "", "Beslenmenin Gücü"},
		{en.English{}, "the [Southern University police] said", "", "Southern University"},
		{tr.Turkish{}, "[Kızılay Derneği] açıkladı", "", "Kızılay Derneği"}, // capitalized: the name's
		{tr.Turkish{}, "[BM kurumu] karar verdi", "Q1065", "BM kurumu"},     // the gazetteer's name
		{tr.Turkish{}, "[kukla hükümeti] kuruldu", "", "kukla hükümeti"},    // no capitalized word
		{tr.Turkish{}, "[BM toplantısı] yapıldı", "", "BM toplantısı"},      // not a head
		{ru.Russian{}, "[Верховный суд] решил", "", "Верховный суд"},        // heads in lower case
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		e := doc.Mention(first, last, annotation.Organization, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		trimLowerHead(doc, ents, tc.l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.words, ents[0].Text, tc.want)
		}
	}
}
