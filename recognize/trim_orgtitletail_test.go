package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestTrimOrgTitleTail checks that a person's titles come off an
// organization's end only where the body's head noun is left.
func TestTrimOrgTitleTail(t *testing.T) {
	tests := []struct {
		lang, text, name, want string
	}{
		{"tr", "Panelde Ege Üniversitesi Rektörü Prof. Dr. Ayşe Kaya konuştu.", "Ege Üniversitesi Rektörü Prof. Dr.", "Ege Üniversitesi"},
		{"tr", "Panelde Deniz Enstitüsü Prof. Dr. Ali Can konuştu.", "Deniz Enstitüsü Prof. Dr.", "Deniz Enstitüsü"},
		{"tr", "Sendikanın Mali Sekreteri konuştu.", "Sendikanın Mali Sekreteri", "Sendikanın Mali Sekreteri"}, // no head noun left
		{"tr", "Panelde Ege Üniversitesi konuştu.", "Ege Üniversitesi", "Ege Üniversitesi"},                    // no title
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Organization, "")
		trimOrgTitleTail(doc, ents, l)
		if got := ents[0].Text; got != tc.want || doc.Text[ents[0].Start:ents[0].End] != got {
			t.Errorf("%q: %q → %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
