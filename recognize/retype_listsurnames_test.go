package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestSurnamesInLists checks which unknown places in lists become people
// (sentences written for the test).
func TestSurnamesInLists(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Его учителями были P=[Карл Барт] , P=[Хайдеггер] и L=[Бубер] .", "PER Карл Барт|PER Хайдеггер|PER Бубер"},
		{"Среди гостей были P=[Бонне] и L=[Кальве] .", "PER Бонне|PER Кальве"},
		{"Среди гостей были P=[Бонне] и L=[Кальве]@Q1 .", "PER Бонне|LOC Кальве"},                      // the gazetteer knows it
		{"Он посетил L=[Ренн] , P=[Бонне] и L=[Кальве] .", "LOC Ренн|PER Бонне|LOC Кальве"},            // a place in the list
		{"Лекция пройдёт на L=[Лубянке] , P=[Александр] покажет опыты .", "LOC Лубянке|PER Александр"}, // after a preposition
		{"Мы видели P=[Бонне] в L=[Кальве] .", "PER Бонне|LOC Кальве"},                                 // no list
	}
	l := ru.Russian{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		surnamesInLists(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
	// Any language with function words and prepositions: the list is read alike.
	e := en.English{}
	doc, ents := markedDoc(t, e, "Guests included P=[Bonnet] and L=[Calvet] .", annotation.Location)
	surnamesInLists(doc, ents, e)
	if m := mentionsOf(t, doc, ents); m != "PER Bonnet|PER Calvet" {
		t.Errorf("English: %q", m)
	}
}
