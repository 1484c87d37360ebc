package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestTitledNames checks that the capitalized words after an abbreviated
// honorific become a person, and that nothing else does.
func TestTitledNames(t *testing.T) {
	for _, tc := range []struct {
		l      lang.Language
		text   string
		tagged []doctest.Name
		want   []string // the mentions, each "text TYPE"
	}{
		{tr.Turkish{}, "Bunu diye ekledi Prof. Czeisler.", nil, []string{"Czeisler PERSON"}},
		{en.English{}, "The study was led by Dr. Charles Czeisler of Harvard.", nil, []string{"Charles Czeisler PERSON"}},
		{tr.Turkish{}, "Mesut Bey Ankara'ya gitti.", []doctest.Name{{Text: "Mesut", Type: annotation.Person}},
			[]string{"Mesut PERSON"}}, // a written-out honorific may follow its name
		{en.English{}, "He met Dr. and Mrs. Lee.", nil, []string{"Lee PERSON"}},                                             // no capital after the first: the next honorific
		{en.English{}, "Dr. Ahmet Mehmet Ali Veli spoke.", nil, nil},                                                        // too many capitals for one name
		{en.English{}, "Dr. Ford spoke.", []doctest.Name{{Text: "Ford", Type: annotation.Person}}, []string{"Ford PERSON"}}, // tagged already
	} {
		doc := doctest.WithNames(t, tc.text, tc.tagged, tc.l)
		AddShortMentions(doc, tc.l)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Text+" "+string(e.Type))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
