package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/ru"
)

// TestQuotedNames checks that a short quote of capitalized words becomes an
// organization, and that other quotes do not.
func TestQuotedNames(t *testing.T) {
	l := ru.Russian{}
	for _, tc := range []struct {
		text   string
		tagged []doctest.Name
		want   []string // the mentions, each "text TYPE"
	}{
		{"Он обошел защитника «Брайтона» у штрафной.", nil, []string{"Брайтона ORGANIZATION"}},
		{"Покупатели «Маркс и Спенсер» довольны.", nil, []string{"Маркс и Спенсер ORGANIZATION"}},
		{"Он сказал: «Логово дракона» снято.", nil, nil},                                                                           // a lower-case word: a title, a phrase
		{"Она получила «A» за экзамен.", nil, nil},                                                                                 // a grade
		{"Он сказал «Это Было Очень Давно» вчера.", nil, nil},                                                                      // too long for a name
		{"Матч с «Челси» прошел.", []doctest.Name{{Text: "Челси", Type: annotation.Organization}}, []string{"Челси ORGANIZATION"}}, // tagged already
	} {
		doc := doctest.WithNames(t, tc.text, tc.tagged, l)
		AddShortMentions(doc, l)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Text+" "+string(e.Type))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
