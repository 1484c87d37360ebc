package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestTrimPlaceStart checks which place mentions lose the lower-case words
// at their start, and that people and named places keep theirs.
func TestTrimPlaceStart(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		want  string
	}{
		{tr.Turkish{}, "fırtına [güney Kansas] üzerinde", annotation.Location, "", "Kansas"},
		{tr.Turkish{}, "yağmur [kuzeybatı Ontario] bölgesine", annotation.Location, "", "Ontario"},
		{en.English{}, "flights to [the United Kingdom] resumed", annotation.Location, "", "United Kingdom"},
		{ru.Russian{}, "на [улице Бейкер-стрит] жил", annotation.Location, "", "Бейкер-стрит"},
		{tr.Turkish{}, "fırtına [Güney Kansas] üzerinde", annotation.Location, "", "Güney Kansas"}, // capitalized: the name's
		{tr.Turkish{}, "[güney Kansas] üzerinde", annotation.Location, "Q1", "güney Kansas"},       // the gazetteer's name
		{tr.Turkish{}, "orada [kuzey kesimi] var", annotation.Location, "", "kuzey kesimi"},        // no capitalized word
		{en.English{}, "a portrait by [van Gogh] sold", annotation.Person, "", "van Gogh"},         // a person's particle
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		trimPlaceStart(doc, ents)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.words, ents[0].Text, tc.want)
		}
	}
}

// TestTrimPlaceDivision checks which place mentions lose the lower-case
// division noun at their end.
func TestTrimPlaceDivision(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the place mention is the [bracketed] ones
		id    string
		want  string
	}{
		{tr.Turkish{}, "oradaki [Kent kontluğu ilçesinde] değil", "", "Kent kontluğu ilçesinde"}, // no capital before the noun
		{tr.Turkish{}, "Almanya da [Aşağı Saksonya eyaletinde] bir kent", "", "Aşağı Saksonya"},
		{tr.Turkish{}, "[Sinop ilinin] merkezi", "", "Sinop"},
		{tr.Turkish{}, "[Sinop İli] merkezi", "", "Sinop İli"},          // capitalized: the name's
		{tr.Turkish{}, "[Sinop ilinin] merkezi", "Q1", "Sinop ilinin"},  // the gazetteer's name
		{tr.Turkish{}, "[Amazon nehrinin] ağzı", "", "Amazon nehrinin"}, // a natural feature
		{tr.Turkish{}, "[Sinop ilk] kez", "", "Sinop ilk"},              // not a division
		{en.English{}, "in [Cook county] today", "", "Cook county"},     // English lists none
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		e := doc.Mention(first, last, annotation.Location, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		trimPlaceDivision(doc, ents, tc.l)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.words, ents[0].Text, tc.want)
		}
	}
}
