package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestOrganizationContext checks that a word after a name that marks an
// organization's team or company retypes the name, but not a country's;
// in English, that a word after the possessive 's does so for a name the
// gazetteer does not know, but not for a person's side or team, and so
// does a possessive that owns nothing or is the subject of a verb, but not
// one before a quoted title; in
// Russian, that a store word before a name the gazetteer does not know
// does so, but not before a known city.
func TestOrganizationContext(t *testing.T) {
	tests := []struct {
		lang  string
		words string
		name  string
		want  entity.Type
	}{
		{"tr", "Aguero , Brighton savunmasını geçerek gol attı .", "Brighton", entity.Organization},
		{"tr", "Bu ilaç Organon firması tarafından üretildi .", "Organon", entity.Organization},
		{"tr", "Güney Kore firması fabrika açtı .", "Güney Kore", entity.Location},
		{"tr", "Willoughby ev giyim ve aksesuar markası Truly 'ye ayıracak vakti yok .", "Truly", entity.Organization},
		{"tr", "Habitat ürünleri mağazaya Argos 'tan geldi .", "Argos", entity.Organization},
		{"tr", "Ürünler mağazaya İstanbul 'dan geldi .", "İstanbul", entity.Location},
		{"en", "He raced between three Brighton defenders , before slashing into the open field .", "Brighton", entity.Organization},
		{"en", "Thieves stole $ 26,750 from a Brink 's worker refilling an ATM .", "Brink", entity.Organization},
		{"en", "Perfume retailer the Fragrance Shop will test concessions in two Sainsbury 's stores .", "Sainsbury", entity.Organization},
		{"en", "Gary Holt 's team should have been ahead long before they scored .", "Gary Holt", entity.Person},
		{"en", "Both Kim and U.S. President Donald Trump want a second summit .", "U.S.", entity.Location},
		{"en", "London 's stores were closed on Sunday .", "London", entity.Location},
		// a known town before a market's word stays the town; before a team's word it is the club
		{"en", "Tokyo shares fell 2 percent on Monday .", "Tokyo", entity.Location},
		{"en", "Dealers said London shares closed higher .", "London", entity.Location},
		{"en", "Leeds manager Howard Wilkinson was sacked on Monday .", "Leeds", entity.Organization},
		{"en", "Kent captain Steve Marsh said the pitch was poor .", "Kent", entity.Organization},
		{"en", "Mike Coupe , the chief executive of Sainsbury 's , has said it .", "Sainsbury", entity.Organization},
		{"en", "Sainsbury 's is taking on Boots with beauty aisles .", "Sainsbury", entity.Organization},
		{"en", "Dan Froomkin 's \" White House Briefing \" column ran today .", "Dan Froomkin", entity.Person},
		{"en", "Holly Willoughby 's new show starts today .", "Holly Willoughby", entity.Person},
		{"ru", "Сейнсбери собирается открыть отделы в магазинах Бутс , Супердраг и Дебенхэмс .", "Бутс", entity.Organization},
		{"ru", "В сотнях супермаркетов Сейнсбери размещаются аутлеты .", "Сейнсбери", entity.Organization},
		{"ru", "Он вырос в магазинах Москвы .", "Москвы", entity.Location},
	}
	extractors := map[string]*entity.Extractor{}
	for _, tc := range tests {
		x := extractors[tc.lang]
		if x == nil {
			var err error
			if x, err = entity.New(entity.WithLanguage(tc.lang)); err != nil {
				t.Fatal(err)
			}
			extractors[tc.lang] = x
		}
		doc, err := x.ExtractTokens(context.Background(), tc.lang, [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Text == tc.name {
				found = true
				if e.Type != tc.want {
					t.Errorf("%q in %q: %s, want %s", e.Text, tc.words, e.Type, tc.want)
				}
				if e.ID == "" {
					t.Errorf("%q: no ID", e.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}

// TestSpreadOrganizations checks that the other mentions of a name that
// context made an organization's become organizations in the same
// document, and that mentions of other names do not.
func TestSpreadOrganizations(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sents []string
		name  string
		want  entity.Type
	}{
		{[]string{"He raced between three Brighton defenders .", "Aguero received the ball deep in Brighton territory ."}, "Brighton", entity.Organization},
		{[]string{"Livingston 1-0 Rangers : Menga goal downs Gerrard 's men", "Livingston climb to third ."}, "Livingston", entity.Organization},
		{[]string{"He raced between three Brighton defenders .", "Aguero was born in Manchester ."}, "Manchester", entity.Location},
	}
	for _, tc := range tests {
		var words [][]string
		for _, s := range tc.sents {
			words = append(words, strings.Fields(s))
		}
		doc, err := x.ExtractTokens(context.Background(), "en", words)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range doc.Entities {
			if e.Text == tc.name {
				n++
				if e.Type != tc.want {
					t.Errorf("%q at %d in %q: %s, want %s", e.Text, e.Start, tc.sents, e.Type, tc.want)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no mention of %q (have %+v)", tc.sents, tc.name, doc.Entities)
		}
	}
}
