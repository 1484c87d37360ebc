package recognize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestSplitAdjacentPlaces: two major places side by side are two places; a
// name the gazetteer knows whole, a small town, a region, a place named so
// in another language only, an organization and a mention with a comma
// stay as they are.
func TestSplitAdjacentPlaces(t *testing.T) {
	place := func(id, subtype, name, pop string) *gazetteer.Entry {
		e := &gazetteer.Entry{ID: id, Type: gazetteer.Location, Subtype: subtype, Prior: 0.8, Names: map[string][]string{"en": {name}}}
		if pop != "" {
			e.Attrs = map[string]string{"population": pop}
		}
		return e
	}
	g := gazetteer.New(
		place("berlin", "capital", "Berlin", ""), place("moscow", "capital", "Moscow", ""),
		place("nz", "country", "New Zealand", ""), place("au", "country", "Australia", ""),
		place("png", "country", "Papua New Guinea", ""), place("papua", "province", "Papua", ""),
		place("warren", "city", "Warren", "40000"), place("bay", "region", "Bay", ""),
		place("manhattan", "city", "Manhattan", "1600000"),
		&gazetteer.Entry{ID: "iceland", Type: gazetteer.Location, Subtype: "country", Prior: 0.9,
			Names: map[string][]string{"en": {"Iceland"}, "de": {"Island"}}},
	)
	l := en.English{}
	tests := []struct {
		text string
		typ  annotation.Type
		want []string
	}{
		{"Talks in Berlin Moscow ended .", annotation.Location, []string{"Berlin LOCATION berlin", "Moscow LOCATION moscow"}},
		{"Talks in Australia New Zealand ended .", annotation.Location, []string{"Australia LOCATION au", "New Zealand LOCATION nz"}},
		{"Talks in Papua New Guinea ended .", annotation.Location, []string{"Papua New Guinea LOCATION "}}, // known whole
		{"Talks in Warren Moscow ended .", annotation.Location, []string{"Warren Moscow LOCATION "}},       // a small town
		{"Talks in Moscow Bay ended .", annotation.Location, []string{"Moscow Bay LOCATION "}},             // a region
		{"Talks in Manhattan Island ended .", annotation.Location, []string{"Manhattan Island LOCATION "}}, // Iceland's name in German only
		{"Talks in Berlin Moscow ended .", annotation.Organization, []string{"Berlin Moscow ORGANIZATION "}},
		{"Talks in Berlin , Moscow ended .", annotation.Location, []string{"Berlin , Moscow LOCATION "}},
	}
	for _, tc := range tests {
		toks := l.Tokenize(tc.text)
		doc := &annotation.Document{Text: tc.text, Tokens: toks}
		last := len(toks) - 2 // before "ended ."
		ents := []annotation.Entity{doc.Mention(2, last, tc.typ, 0.9, "model")}
		got := mentionsWithIDs(t, doc, splitAdjacentPlaces(doc, ents, l, g))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}
