package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

func TestFillable(t *testing.T) {
	japan := &gazetteer.Entry{ID: "Q17", Type: gazetteer.Location, Prior: 0.95,
		Names: map[string][]string{"tr": {"Japonya"}, "en": {"Japan"}, "fr": {"Japon"}}}
	usa := &gazetteer.Entry{ID: "Q30", Type: gazetteer.Location, Prior: 0.95,
		Names: map[string][]string{"tr": {"ABD", "Amerika Birleşik Devletleri"}, "en": {"United States", "US"}}}
	city := &gazetteer.Entry{ID: "Q406", Type: gazetteer.Location, Prior: 0.9,
		Names: map[string][]string{"tr": {"İstanbul"}}}
	labour := &gazetteer.Entry{ID: "varlik:org:labour-party-gb", Type: gazetteer.Organization, Prior: 0.8,
		Names: map[string][]string{"tr": {"İşçi Partisi", "Labour"}, "en": {"Labour Party"}}}
	club := &gazetteer.Entry{ID: "varlik:org:rangers-fc", Type: gazetteer.Organization, Prior: 0.65,
		Names: map[string][]string{"en": {"Rangers FC"}}}
	tests := []struct {
		text      string
		entry     *gazetteer.Entry
		inflected bool
		want      bool
	}{
		{"Japonya", japan, false, true},
		{"JAPONYA", japan, false, true},
		{"Japan", japan, false, true},
		{"Japon", japan, false, false}, // French name, Turkish adjective
		{"ABD", usa, false, true},
		{"US", usa, false, true},
		{"Amerika  Birleşik Devletleri", usa, false, true},
		{"Amerika Birleşik Devletlerinin", usa, true, true},
		{"İstanbul", city, false, false},        // below fillPrior
		{"İşçi Partisi", labour, false, true},   // an organization of two words at fillOrgPrior
		{"İşçi Partisinin", labour, true, true}, // inflected
		{"Labour", labour, false, false},        // one word: fillPrior
		{"Rangers FC", club, false, false},      // below fillOrgPrior
	}
	for _, tc := range tests {
		mt := gazetteer.Match{Candidates: []*gazetteer.Entry{tc.entry}, Inflected: tc.inflected, Last: len(strings.Fields(tc.text))}
		if got := fillable(mt, tc.text, tr.Turkish{}); got != tc.want {
			t.Errorf("fillable(%q, %s) = %v, want %v", tc.text, tc.entry.ID, got, tc.want)
		}
	}
}

func TestOpeningRegion(t *testing.T) {
	arizona := &gazetteer.Entry{ID: "Q816", Type: gazetteer.Location, Subtype: "region", Prior: 0.594,
		Names: map[string][]string{"ru": {"Аризона"}, "en": {"Arizona"}}}
	small := &gazetteer.Entry{ID: "Q1", Type: gazetteer.Location, Subtype: "region", Prior: 0.3,
		Names: map[string][]string{"ru": {"Мира"}}}
	city := &gazetteer.Entry{ID: "Q2", Type: gazetteer.Location, Subtype: "city", Prior: 0.6,
		Names: map[string][]string{"ru": {"Феникс"}}}
	para := &gazetteer.Entry{ID: "Q3", Type: gazetteer.Location, Subtype: "region", Prior: 0.6,
		Names: map[string][]string{"ru": {"Пара"}}}
	virginia := &gazetteer.Entry{ID: "Q4", Type: gazetteer.Location, Subtype: "region", Prior: 0.8,
		Names: map[string][]string{"ru": {"Вирджиния"}}}
	gironde := &gazetteer.Entry{ID: "Q5", Type: gazetteer.Location, Subtype: "region2", Prior: 0.6,
		Names: map[string][]string{"ru": {"Жиронда"}}}
	lombok := &gazetteer.Entry{ID: "Q6", Type: gazetteer.Location, Subtype: "island", Prior: 0.75,
		Names: map[string][]string{"ru": {"Ломбок"}, "en": {"Lombok"}}}
	tests := []struct {
		text  string
		entry *gazetteer.Entry
		want  bool
	}{
		{"Аризона", arizona, true},
		{"Ломбок", lombok, true},   // an island
		{"Жиронда", gironde, true}, // a second-level region (a department)
		{"Arizona", arizona, true},
		{"Мира", small, false},         // below openerRegionPrior
		{"Феникс", city, false},        // a city
		{"Arizone", arizona, false},    // not its name
		{"Пара", para, false},          // too short
		{"Вирджиния", virginia, false}, // a given name too
	}
	ru, _ := lang.Get("ru")
	for _, tc := range tests {
		mt := gazetteer.Match{Candidates: []*gazetteer.Entry{tc.entry}, Last: 1}
		if got := openingRegion(mt, tc.text, ru); got != tc.want {
			t.Errorf("openingRegion(%q, %s) = %v, want %v", tc.text, tc.entry.ID, got, tc.want)
		}
	}
}
