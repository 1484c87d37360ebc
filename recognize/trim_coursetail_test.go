package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestTrimCourseTails checks which phrases after по are cut off an
// organization's mention (sentences written for the test).
func TestTrimCourseTails(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"Она окончила O=[Казанский университет по специальности] химия .", "ORG Казанский университет"},
		{"Он учился в O=[Венской консерватории по классу органа] два года .", "ORG Венской консерватории"},
		{"Он преподавал в O=[Пермском институте по кафедре истории] .", "ORG Пермском институте"},
		{"Его принял O=[Комитет по делам молодёжи] в среду .", "ORG Комитет по делам молодёжи"},             // a body's remit
		{"Его принял O=[Комитет по классификации грузов] в среду .", "ORG Комитет по классификации грузов"}, // forms listed whole
		{"Она уехала в L=[Казань по специальности] .", "LOC Казань по специальности"},                       // only organizations
	}
	l := ru.Russian{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		trimCourseTails(doc, ents, l)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
	// A language without lang.CourseTails keeps every mention.
	doc, ents := markedDoc(t, en.English{}, "She studied at O=[Kazan University po klassu] .", annotation.Organization)
	trimCourseTails(doc, ents, en.English{})
	if m := mentionsOf(t, doc, ents); m != "ORG Kazan University po klassu" {
		t.Errorf("English: %q", m)
	}
}
