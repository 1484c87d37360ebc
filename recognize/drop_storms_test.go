package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestDropStorms checks which given names in a sentence about a storm stop
// being people.
func TestDropStorms(t *testing.T) {
	tests := []struct {
		text, held string // held: the word of the one-word PERSON mentions already found
		want       string // the mentions kept, "|"-separated
	}{
		{"Forecasters said Ellen would strengthen into a hurricane by Friday.", "Ellen", ""},
		{"The storm weakened overnight. Ellen is expected to move north.", "Ellen", "Ellen"}, // the second sentence has no storm word
		{"The match was played in heavy rain as Harry watched.", "Harry", "Harry"},           // rain is no storm's alone
		{"Obama said the storm was deadly.", "Obama", "Obama"},                               // no given name
		{"Maria met Obama on Monday.", "Maria", "Maria"},                                     // no storm
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, tc.held, annotation.Person)
		if got := textsOf(t, doc, dropStorms(doc, ents, l, wordCasesOf(doc.Tokens)), ""); got != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDropStormsDocument checks that a given name read as a storm in one
// sentence is a storm in the whole document, in English and Turkish
// sentences written for the test.
func TestDropStormsDocument(t *testing.T) {
	tests := []struct {
		code, text, held string
		want             string
	}{
		{"en", "Ellen strengthened into a hurricane. Ellen is expected to move north.", "Ellen", ""},
		{"en", "Ellen met the mayor. Ellen is expected to speak.", "Ellen", "Ellen|Ellen"}, // no storm in the story
		{"tr", "Elena Kasırgası dün güçlendi. Elena yarın kuzeye ilerleyecek.", "Elena", ""},
		{"tr", "Fırtına uyarısı yapıldı. Elena evde kaldı.", "Elena", "Elena"}, // the storm's sentence names no Elena
		{"tr", "Elena yarın Ankara'ya gidecek.", "Elena", "Elena"},
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.code, tc.text, tc.held, annotation.Person)
		if got := textsOf(t, doc, dropStorms(doc, ents, l, wordCasesOf(doc.Tokens)), ""); got != tc.want {
			t.Errorf("%q: kept %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDropNamedStorms checks that in Turkish only a given name directly
// followed by a capitalized storm head is a storm's, on news sentences
// written for a review (the tokens as given: 'ın is a suffix).
func TestDropNamedStorms(t *testing.T) {
	tr, _ := lang.Get("tr")
	tests := []struct {
		marked string
		want   string
	}{
		// A storm's name, tagged or not, and its mentions in the document.
		{"P=[Rosa] Kasırgası kıyıya yaklaşıyor . P=[Rosa] 'nın rüzgarı güçlendi .", ""},
		{"Rosa Kasırgası kıyıya yaklaşıyor . P=[Rosa] 'nın rüzgarı güçlendi .", ""},
		{"P=[Rosa Kasırgası] kıyıya yaklaşıyor . P=[Rosa] güçlendi .", ""},
		{"Maria Tayfunu geçti . P=[Maria] zayıfladı . P=[Ayşe] evde kaldı .", "PER Ayşe"},
		// No storm's name: a team's, a metaphor, a storm word in a name.
		{"O=[Karadeniz Fırtınası] , P=[Ozan] 'ın golüyle kazandı .", "ORG Karadeniz Fırtınası|PER Ozan"},
		{"Teknik direktör P=[Tayfun Korkut] , P=[Emre] 'yi kadroya aldı .", "PER Tayfun Korkut|PER Emre"},
		{"P=[Ayşe] 'nin istifası partide fırtına kopardı . P=[Ayşe] konuştu .", "PER Ayşe|PER Ayşe"},
		{"P=[Elena] kasırgası gibi geldi .", "PER Elena"}, // a lower-case head
		{"P=[Emre Tayfun] konuştu . P=[Emre] güldü .", "PER Emre Tayfun|PER Emre"},
		{"P=[Ahmet Rosa Kasırgası] ve P=[Rosa] .", "PER Ahmet Rosa Kasırgası|PER Rosa"}, // the head inside a longer name
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		if got := mentionsOf(t, doc, dropStorms(doc, ents, tr, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
