package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/ru"
)

// TestPlacesInLists checks which unknown people in lists of places become
// places (sentences written for the test).
func TestPlacesInLists(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Вино везли из L=[Бордо] , P=[Шабле] и L=[Коньяка] .", "LOC Бордо|LOC Шабле|LOC Коньяка"},
		{"Вино везли из L=[Бордо] , P=[Шабле]@Q1 и L=[Коньяка] .", "LOC Бордо|PER Шабле|LOC Коньяка"},                  // the gazetteer knows it
		{"Гостями были L=[Бордо] , P=[Мария] и L=[Коньяк] .", "LOC Бордо|PER Мария|LOC Коньяк"},                        // a given name
		{"Гол забили P=[Леманом] и L=[Каном] .", "PER Леманом|LOC Каном"},                                              // a pair
		{"Вино везли из L=[Бордо] , P=[Шабле] , P=[Кюри] и L=[Коньяка] .", "LOC Бордо|PER Шабле|PER Кюри|LOC Коньяка"}, // people among them
	}
	l := ru.Russian{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		placesInLists(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
