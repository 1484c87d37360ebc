package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestTrimOrgTitleTail checks that a person's titles come off an
// organization's end only where the person follows and the body's head
// noun is left.
func TestTrimOrgTitleTail(t *testing.T) {
	tests := []struct {
		lang, text, name, person, want string
	}{
		{"tr", "Panelde Ege Üniversitesi Rektörü Prof. Dr. Ayşe Kaya konuştu.", "Ege Üniversitesi Rektörü Prof. Dr.", "Ayşe Kaya", "Ege Üniversitesi"},
		{"tr", "Panelde Deniz Enstitüsü Prof. Dr. Ali Can konuştu.", "Deniz Enstitüsü Prof. Dr.", "Ali Can", "Deniz Enstitüsü"},
		{"tr", "Sendikanın Mali Sekreteri Ali Can konuştu.", "Sendikanın Mali Sekreteri", "Ali Can", "Sendikanın Mali Sekreteri"},        // no head noun left
		{"tr", "Panelde Ege Üniversitesi Ayşe Kaya konuştu.", "Ege Üniversitesi", "Ayşe Kaya", "Ege Üniversitesi"},                       // no title
		{"tr", "Ankara Üniversitesi Rektörlüğü açıklama yaptı.", "Ankara Üniversitesi Rektörlüğü", "", "Ankara Üniversitesi Rektörlüğü"}, // an office noun, no person after it
		{"ru", "Законопроект приняла Палата представителей в среду.", "Палата представителей", "", "Палата представителей"},              // no person after it
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Organization, "")
		if tc.person != "" {
			start := strings.Index(tc.text, tc.person)
			first, last, ok := doc.TokenRange(start, start+len(tc.person))
			if !ok {
				t.Fatalf("%q not on token boundaries", tc.person)
			}
			ents = append(ents, doc.Mention(first, last, annotation.Person, 0.9, "model"))
		}
		trimOrgTitleTail(doc, ents, l)
		if got := ents[0].Text; got != tc.want || doc.Text[ents[0].Start:ents[0].End] != got {
			t.Errorf("%q: %q → %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
