package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinPlaceToBody checks which place mentions join the organization
// mention right after them.
func TestJoinPlaceToBody(t *testing.T) {
	tests := []struct {
		l    lang.Language
		text string // the two mentions are the first two [bracketed] runs
		a, b annotation.Type
		id   string // the second mention's ID
		want []string
	}{
		{tr.Turkish{}, "[Konya] [Büyükşehir Belediyesi] açıkladı", annotation.Location, annotation.Organization, "", []string{"Konya Büyükşehir Belediyesi"}},
		{tr.Turkish{}, "maçta [Denver] [Nuggets] kazandı", annotation.Location, annotation.Organization, "", []string{"Denver Nuggets"}},
		{tr.Turkish{}, "[Konya] , [Büyükşehir Belediyesi] açıkladı", annotation.Location, annotation.Organization, "", []string{"Konya", "Büyükşehir Belediyesi"}},   // a mark between
		{tr.Turkish{}, "[Konya]\n[Büyükşehir Belediyesi] açıkladı", annotation.Location, annotation.Organization, "", []string{"Konya", "Büyükşehir Belediyesi"}},    // a line break
		{tr.Turkish{}, "[Ali Kaya] [Büyükşehir Belediyesi] açıkladı", annotation.Person, annotation.Organization, "", []string{"Ali Kaya", "Büyükşehir Belediyesi"}}, // a person
		{tr.Turkish{}, "şehidimiz [Nevşehir] [CHP] İl Başkanı", annotation.Location, annotation.Organization, "Q1", []string{"Nevşehir", "CHP"}},                     // a known party's branch
		{tr.Turkish{}, "[Konya] [Selçuk Üniversitesi] gibi", annotation.Location, annotation.Organization, "Q1", []string{"Konya", "Selçuk Üniversitesi"}},           // a known body's name without the place
		{tr.Turkish{}, "[Aliağa] [Petkim] kazandı", annotation.Location, annotation.Organization, "Q2", []string{"Aliağa Petkim"}},                                   // a one-word sponsor: a team's name
		{tr.Turkish{}, "maçta [Denver] [NBA] kazandı", annotation.Location, annotation.Organization, "", []string{"Denver NBA"}},                                     // an acronym the gazetteer does not know
		{en.English{}, "the [US] [National Cancer Institute] said", annotation.Location, annotation.Organization, "", []string{"US", "National Cancer Institute"}},   // apart in English
	}
	for _, tc := range tests {
		text, spans := bracketedRuns(tc.text)
		doc := &annotation.Document{Text: text, Tokens: tc.l.Tokenize(text)}
		if len(doc.Tokens) != len(strings.Fields(text)) {
			t.Fatalf("%q: %d tokens", text, len(doc.Tokens))
		}
		ents := []annotation.Entity{
			doc.Mention(spans[0][0], spans[0][1], tc.a, 0.5, "model"),
			doc.Mention(spans[1][0], spans[1][1], tc.b, 0.5, "model"),
		}
		ents[1].ID = tc.id
		var got []string
		for _, e := range joinPlaceToBody(doc, ents, tc.l, gazetteer.Default()) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: offsets of %q", text, e.Text)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, tc.want)
		}
	}
}

// bracketedRuns returns text without its brackets and the token ranges of
// its [bracketed] runs, tokens being the fields of the text.
func bracketedRuns(marked string) (text string, spans [][2]int) {
	first := -1
	for i, w := range strings.Fields(marked) {
		if strings.HasPrefix(w, "[") {
			first = i
		}
		if strings.HasSuffix(w, "]") {
			spans = append(spans, [2]int{first, i + 1})
		}
	}
	return strings.NewReplacer("[", "", "]", "").Replace(marked), spans
}
