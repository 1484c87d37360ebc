package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeHeadedPeople checks which person mentions that end in an
// organization's head noun become organizations.
func TestRetypeHeadedPeople(t *testing.T) {
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; the person mention is the [bracketed] ones
		id    string
		want  annotation.Type
	}{
		{tr.Turkish{}, "[Inuit Circumpolar Council] tarafından", "", annotation.Organization},
		{tr.Turkish{}, "yılında [Gameforge 4D GmbH] satın aldı", "", annotation.Organization},
		{tr.Turkish{}, "[Global Poverty Project] kuruldu", "", annotation.Organization},
		{tr.Turkish{}, "[Ahmet Yılmaz] konuştu", "", annotation.Person},    // no head
		{tr.Turkish{}, "[Council] konuştu", "", annotation.Person},         // a head alone
		{tr.Turkish{}, "[Ahmet Council] konuştu", "Q1", annotation.Person}, // known to the gazetteer
		{tr.Turkish{}, "[Ahmet council] konuştu", "", annotation.Person},   // not capitalized
		{ru.Russian{}, "[Люк Армитаж] сказал", "", annotation.Person},      // heads do not end Russian names
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		e := doc.Mention(first, last, annotation.Person, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		names := retypeHeadedPeople(doc, ents, tc.l)
		if ents[0].Type != tc.want || (len(names) == 1) != (tc.want == annotation.Organization) {
			t.Errorf("%s: %s (names %q), want %s", tc.words, ents[0].Type, names, tc.want)
		}
	}
}
