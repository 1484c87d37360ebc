package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestPlacesNamedAsPeople checks which one-word places become people when
// the document gives the word to a person elsewhere, on sentences written
// for the test (P=[…], L=[…], O=[…]: the mentions found; @ID an entry).
func TestPlacesNamedAsPeople(t *testing.T) {
	tr, _ := lang.Get("tr")
	g := gazetteer.Default()
	country := ""
	for _, e := range g.Lookup("Ürdün", "tr") {
		if e.Subtype == "country" {
			country = e.ID
		}
	}
	if country == "" {
		t.Fatal("the gazetteer knows no country Ürdün")
	}
	tests := []struct {
		marked string
		want   string
	}{
		// The surname of a full name, read as a town later.
		{"Senatör P=[Jane Holloway] dün konuştu . L=[Holloway] tasarıya karşı oy verdi .", "PER Jane Holloway|PER Holloway"},
		// The same word alone as a person elsewhere.
		{"P=[Marlowe] açıklama yaptı . Bakanlar L=[Marlowe] ile görüştü .", "PER Marlowe|PER Marlowe"},
		// A country keeps its type beside a person of that name.
		{"P=[Michael Ürdün] geldi . L=[Ürdün]@" + country + " sınırı kapattı .", "PER Michael Ürdün|LOC Ürdün"},
		// An organization named after its founder stays one.
		{"P=[Henry Ford] doğdu . O=[Ford] yeni model çıkardı .", "PER Henry Ford|ORG Ford"},
		// No person of that word: the place stays.
		{"P=[Jane Holloway] L=[Bristol] kentine gitti .", "PER Jane Holloway|LOC Bristol"},
		// A longer place is no lone surname.
		{"P=[Jane Holloway] L=[Holloway Road] üzerinde yürüdü .", "PER Jane Holloway|LOC Holloway Road"},
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tr, tc.marked, annotation.Person)
		placesNamedAsPeople(doc, ents, tr, g)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
		for _, e := range ents {
			if e.Type == annotation.Person && e.ID != "" && e.Last-e.First == 1 && e.Text != "Marlowe" {
				t.Errorf("%q: %q keeps the place's ID %q", tc.marked, e.Text, e.ID)
			}
		}
	}
}

// TestPlacesNamedAsPeopleReadAsPlace checks that a place that reads as a
// place where it stands keeps its type beside a person of that word, on
// news sentences written for a review (the tokens as given: 'da is a
// suffix).
func TestPlacesNamedAsPeopleReadAsPlace(t *testing.T) {
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		want   string
	}{
		// A case of where or from where.
		{"Milletvekili P=[Ahmet Aydın] konuştu . L=[Aydın] 'da sağanak etkili oldu .", "PER Ahmet Aydın|LOC Aydın"},
		{"P=[George Washington] anıldı . L=[Washington] 'daki törene katıldı .", "PER George Washington|LOC Washington"},
		{"P=[Whitney Houston] şarkısı . L=[Houston] 'daki konser ertelendi .", "PER Whitney Houston|LOC Houston"},
		// A place's noun, a body's or a role in the place after it.
		{"L=[Kartal] ilçesinde bir okul açıldı . Okulu P=[Murat Kartal] yönetecek .", "LOC Kartal|PER Murat Kartal"},
		{"P=[Ahmet Aydın] ile L=[Aydın] Valisi görüştü .", "PER Ahmet Aydın|LOC Aydın"},
		{"P=[Ahmet Aydın] ile L=[Aydın] Belediyesi anlaştı .", "PER Ahmet Aydın|LOC Aydın"},
		// The person's word alone, which still becomes a person.
		{"Senatör P=[Jane Holloway] dün konuştu . L=[Holloway] tasarıya karşı oy verdi .", "PER Jane Holloway|PER Holloway"},
		{"P=[Ahmet Aydın] konuştu . L=[Aydın] 'a göre zam gelecek .", "PER Ahmet Aydın|PER Aydın"}, // the dative: a person's too
		{"P=[Ahmet Aydın] konuştu . L=[Aydın] 'ın sözleri tartışıldı .", "PER Ahmet Aydın|PER Aydın"},
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		placesNamedAsPeople(doc, ents, tr, gazetteer.Default())
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// TestPlacesNamedAsPeopleInflected checks, on Russian sentences written for
// the test, which one-word places become people when a person's mention
// of the document ends in the same word in another case.
func TestPlacesNamedAsPeopleInflected(t *testing.T) {
	ru, _ := lang.Get("ru")
	tests := []struct {
		marked string
		want   string
	}{
		// The surname in the genitive, read as a town.
		{"P=[Борис Ельцин] приехал . Разговоры L=[Ельцина] с жителями шли час .", "PER Борис Ельцин|PER Ельцина"},
		// After a preposition: the place there.
		{"P=[Джон Лартин] приехал . Он жил в L=[Лартине] долго .", "PER Джон Лартин|LOC Лартине"},
		// The story names the place more often than the person.
		{"P=[Гарлем] стал районом . Улицы L=[Гарлема] и дома L=[Гарлема] опустели .", "PER Гарлем|LOC Гарлема|LOC Гарлема"},
		// No person of that stem.
		{"P=[Борис Ельцин] приехал . Жители L=[Тулы] ждали .", "PER Борис Ельцин|LOC Тулы"},
		// The same text matches as before, whatever the counts.
		{"P=[Марлоу] приехал . Жители L=[Марлоу] и L=[Марлоу] ждали .", "PER Марлоу|PER Марлоу|PER Марлоу"},
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, ru, tc.marked, annotation.Person)
		placesNamedAsPeople(doc, ents, ru, nil)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// TestPeopleLastWords checks the last words of a document's people: none
// (nil, no map made) without a person, and a person's mention past the
// tokens left out.
func TestPeopleLastWords(t *testing.T) {
	tr, _ := lang.Get("tr")
	doc := &annotation.Document{Text: "Ali Veli Ankara'da Ayşe ile", Tokens: tr.Tokenize("Ali Veli Ankara'da Ayşe ile")}
	person := func(first, last int) annotation.Entity {
		return annotation.Entity{First: first, Last: last, Type: annotation.Person}
	}
	place := annotation.Entity{First: 2, Last: 3, Type: annotation.Location}
	tests := []struct {
		name string
		ents []annotation.Entity
		want []string
	}{
		{"empty", nil, nil},
		{"places only", []annotation.Entity{place}, nil},
		{"people", []annotation.Entity{person(0, 2), place, person(4, 5)}, []string{"Veli", "Ayşe"}},
		{"past the tokens", []annotation.Entity{person(4, 99)}, nil},
		{"empty mention", []annotation.Entity{person(1, 1)}, nil},
	}
	for _, tc := range tests {
		got := peopleLastWords(doc, tc.ents)
		if len(tc.want) == 0 && got != nil || len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: %q missing from %v", tc.name, w, got)
			}
		}
	}
}
