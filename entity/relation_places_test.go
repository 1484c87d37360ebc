package entity

import (
	"context"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// TestLocatedInFromGazetteer checks the LOCATED_IN patterns that hold only
// where the default gazetteer puts one place within the other (the
// patterns marked Known): two places written together in a construction
// that may state containment, the gazetteer deciding whether it does.
func TestLocatedInFromGazetteer(t *testing.T) {
	loc := Location
	cases := map[string][]relationCase{
		"tr": {
			{"Zirve yarın Hangzhou, Zhejiang'da başlıyor.",
				[]nameSpec{{Text: "Hangzhou", Type: loc}, {Text: "Zhejiang", Type: loc}},
				[]string{"LOCATED_IN(Hangzhou, Zhejiang)"}},
			{"Heyet dün akşam Phoenix, Arizona'ya ulaştı.",
				[]nameSpec{{Text: "Phoenix", Type: loc}, {Text: "Arizona", Type: loc}},
				[]string{"LOCATED_IN(Phoenix, Arizona)"}},
			// A town in a list keeps its address; a region beside a country does not.
			{"Sergi Lyon, Fransa ve Viyana'da açılacak.",
				[]nameSpec{{Text: "Lyon", Type: loc}, {Text: "Fransa", Type: loc}, {Text: "Viyana", Type: loc}},
				[]string{"LOCATED_IN(Lyon, Fransa)"}},
			{"Heyet Guizhou, Çin ve Japonya'yı gezdi.",
				[]nameSpec{{Text: "Guizhou", Type: loc}, {Text: "Çin", Type: loc}, {Text: "Japonya", Type: loc}},
				nil},
			// A place the gazetteer does not know, with a country as its address.
			{"Fırtına Ponte Vargas, Meksika açıklarında güç kaybetti.",
				[]nameSpec{{Text: "Ponte Vargas", Type: loc}, {Text: "Meksika", Type: loc}},
				[]string{"LOCATED_IN(Ponte Vargas, Meksika)"}},
			// A genitive may be a nominalized verb's subject.
			{"Çin'in Tayvan'ı tehdit etmesi tepki çekti.",
				[]nameSpec{{Text: "Çin", Type: loc}, {Text: "Tayvan", Type: loc}},
				nil},
			// An inflected country after a comma is an object after its subject.
			{"Batı, Rusya'ya yeni yaptırımlar uyguladı.",
				[]nameSpec{{Text: "Batı", Type: loc}, {Text: "Rusya", Type: loc}},
				nil},
			// Two towns, or a comma before a genitive that opens a new phrase.
			{"Otobüs Ankara, İstanbul'a doğru yola çıktı.",
				[]nameSpec{{Text: "Ankara", Type: loc}, {Text: "İstanbul", Type: loc}},
				nil},
			{"Toplantı Berlin'de yapıldı; Berlin, Almanya'nın başkenti olarak seçildi.",
				[]nameSpec{{Text: "Berlin", Type: loc}, {Text: "Almanya", Type: loc}},
				nil},
		},
		"en": {
			{"Talks opened in Hangzhou, Zhejiang, on Monday.",
				[]nameSpec{{Text: "Hangzhou", Type: loc}, {Text: "Zhejiang", Type: loc}},
				[]string{"LOCATED_IN(Hangzhou, Zhejiang)"}},
			{"Prices differ between Phoenix, Arizona, and Portland, Oregon.",
				[]nameSpec{{Text: "Phoenix", Type: loc}, {Text: "Arizona", Type: loc}, {Text: "Portland", Type: loc}, {Text: "Oregon", Type: loc}},
				[]string{"LOCATED_IN(Phoenix, Arizona)", "LOCATED_IN(Portland, Oregon)"}},
			{"Floods hit Guizhou province, China, last week.",
				[]nameSpec{{Text: "Guizhou", Type: loc}, {Text: "China", Type: loc}},
				[]string{"LOCATED_IN(Guizhou, China)"}},
			{"A plant opened in China's Hangzhou.",
				[]nameSpec{{Text: "China", Type: loc}, {Text: "Hangzhou", Type: loc}},
				[]string{"LOCATED_IN(Hangzhou, China)"}},
			{"Analysts watched China's Taiwan policy.",
				[]nameSpec{{Text: "China", Type: loc}, {Text: "Taiwan", Type: loc}},
				nil},
			{"The summit opened in Hangzhou (Zhejiang) at dawn.",
				[]nameSpec{{Text: "Hangzhou", Type: loc}, {Text: "Zhejiang", Type: loc}},
				[]string{"LOCATED_IN(Hangzhou, Zhejiang)"}},
			// A name in brackets after one the gazetteer does not know is no address: it
			// may be an athlete's country.
			{"3. Ivo Marenko (Mexico) 2:14.",
				[]nameSpec{{Text: "Ivo Marenko", Type: loc}, {Text: "Mexico", Type: loc}},
				nil},
			{"The storm neared Ponte Vargas, Mexico, at dawn.",
				[]nameSpec{{Text: "Ponte Vargas", Type: loc}, {Text: "Mexico", Type: loc}},
				[]string{"LOCATED_IN(Ponte Vargas, Mexico)"}},
			// A list of siblings, two countries, a possessive after the comma.
			{"Delegates came from Guizhou, China and Japan.",
				[]nameSpec{{Text: "Guizhou", Type: loc}, {Text: "China", Type: loc}, {Text: "Japan", Type: loc}},
				nil},
			{"After the summit in Singapore, Japan's envoy left.",
				[]nameSpec{{Text: "Singapore", Type: loc}, {Text: "Japan", Type: loc}},
				nil},
			{"After visiting Lyon, France's president flew home.",
				[]nameSpec{{Text: "Lyon", Type: loc}, {Text: "France", Type: loc}},
				nil},
		},
		"ru": {
			{"Наводнение произошло в Гуйчжоу, Китай.",
				[]nameSpec{{Text: "Гуйчжоу", Type: loc}, {Text: "Китай", Type: loc}},
				[]string{"LOCATED_IN(Гуйчжоу, Китай)"}},
			{"Фермер из штата Орегон в США продал ферму.",
				[]nameSpec{{Text: "Орегон", Type: loc}, {Text: "США", Type: loc}},
				[]string{"LOCATED_IN(Орегон, США)"}},
			{"Делегации прибыли из Гуйчжоу, Китай и Япония.",
				[]nameSpec{{Text: "Гуйчжоу", Type: loc}, {Text: "Китай", Type: loc}, {Text: "Япония", Type: loc}},
				nil},
		},
	}
	places := relation.GazetteerPlaces(gazetteer.Default())
	for code, tests := range cases {
		l, ok := lang.Get(code)
		if !ok {
			t.Fatalf("language %s is not registered", code)
		}
		for _, tt := range tests {
			doc := docWithNames(t, tt.text, tt.names, l)
			link.New(gazetteer.Default()).Link(doc, l)
			var got []string
			for _, r := range relation.ExtractWith(context.Background(), doc, l, places) {
				if r.Type == LocatedIn {
					got = append(got, relString(doc, r))
				}
				if doc.Text[r.Start:r.End] == "" {
					t.Errorf("%q: empty evidence for %s", tt.text, relString(doc, r))
				}
			}
			if !sameSet(got, tt.want) {
				t.Errorf("%s %q:\n got %q\nwant %q", code, tt.text, got, tt.want)
			}
		}
	}
}

// TestLocatedInWithoutPlaces checks that the patterns marked Known find
// nothing without the gazetteer's knowledge: relation.Extract alone states
// only what the words say.
func TestLocatedInWithoutPlaces(t *testing.T) {
	l, _ := lang.Get("en")
	doc := docWithNames(t, "Prices differ between Phoenix, Arizona, and Portland, Oregon.",
		[]nameSpec{{Text: "Phoenix", Type: Location}, {Text: "Arizona", Type: Location}, {Text: "Portland", Type: Location}, {Text: "Oregon", Type: Location}}, l)
	link.New(gazetteer.Default()).Link(doc, l)
	for _, r := range relation.Extract(context.Background(), doc, l) {
		t.Errorf("got %s without places", relString(doc, r))
	}
}

// TestExtractorLocatedInFromGazetteer checks that the Extractor gives the
// relation patterns the gazetteer's knowledge.
func TestExtractorLocatedInFromGazetteer(t *testing.T) {
	x, err := New(WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), "The gap between Kansas City, Missouri, and Omaha, Nebraska, was 20 degrees.")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.Relations {
		got = append(got, relString(doc, r))
	}
	want := []string{"LOCATED_IN(Kansas City, Missouri)", "LOCATED_IN(Omaha, Nebraska)"}
	if !sameSet(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLocatedInCorpusWithPlaces scores LOCATED_IN on the written corpora
// (see relationCorpora) with the gazetteer's IDs and places, against the
// same without places: the gazetteer's knowledge may find more, and must
// add no false relation. (TestRelationCorpus links without the gazetteer,
// whose IDs change other relations' scores.)
func TestLocatedInCorpusWithPlaces(t *testing.T) {
	places := relation.GazetteerPlaces(gazetteer.Default())
	for _, c := range relationCorpora {
		l, ok := lang.Get(c.lang)
		if !ok {
			t.Fatalf("language %s is not registered", c.lang)
		}
		var with, without prf
		for _, s := range readCorpus(t, c.path) {
			doc := docWithEntities(t, s.Text, s.Entities, l)
			link.AddShortMentions(doc, l)
			link.New(gazetteer.Default()).Link(doc, l)
			want := map[relKey]bool{}
			for _, r := range s.Relations {
				if r.Type == LocatedIn {
					want[keyOf(doc, r.Type, r.Subject, r.Object, r.Role)] = true
				}
			}
			score := func(counts *prf, rels []Relation) {
				got := map[relKey]bool{}
				for _, r := range rels {
					if r.Type != LocatedIn {
						continue
					}
					k := keyOf(doc, r.Type, r.Subject, r.Object, r.Role)
					if got[k] {
						continue
					}
					got[k] = true
					if want[k] {
						counts.tp++
					} else {
						counts.fp++
						t.Logf("%s %s false %v in %q", c.lang, s.Split, k, s.Text)
					}
				}
				for k := range want {
					if !got[k] {
						counts.fn++
					}
				}
			}
			score(&with, relation.ExtractWith(context.Background(), doc, l, places))
			score(&without, relation.Extract(context.Background(), doc, l))
		}
		t.Logf("%s LOCATED_IN without places P=%.3f R=%.3f %+v; with P=%.3f R=%.3f %+v",
			c.lang, without.p(), without.r(), without, with.p(), with.r(), with)
		if with.fp > without.fp {
			t.Errorf("%s: the gazetteer's places add false LOCATED_IN: fp %d, without them %d", c.lang, with.fp, without.fp)
		}
	}
}
