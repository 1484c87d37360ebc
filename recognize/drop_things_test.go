package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropThings checks which mentions the word after them shows to name a
// thing, and so are dropped.
func TestDropThings(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		id    string
		kept  bool
	}{
		{"[Rosa] kasırgası zayıflıyor", annotation.Person, "", false},
		{"[Rosa] Kasırgası Nedeniyle sel", annotation.Person, "", false}, // capitalized in a headline
		{"yeni [Johnny English] filminde", annotation.Person, "", false},
		{"[El Clon] dizisinde oynadı", annotation.Location, "", false},
		{"[Rosa] geldi", annotation.Person, "", true},                          // no such word
		{"[Hürriyet] sözcüsü konuştu", annotation.Organization, "", true},      // organizations stay
		{"[Alfred Hitchcock] filmi izlendi", annotation.Person, "Q7374", true}, // known to the gazetteer
		{"[Zaev] oyunu kullandı", annotation.Person, "", true},                 // a vote, not a game
		{"[Rosa]", annotation.Person, "", true},                                // nothing after it
		{"[Hollanda] Süper Ligi maçında", annotation.Location, "Q55", false},   // in a league's name
		{"[İsveç] Kupası finali", annotation.Location, "", false},
		{"[Muhafazakar Parti] Konferansına katıldı", annotation.Organization, "", false}, // a body in an event's name
		{"[UEFA] Avrupa Ligi maçında", annotation.Organization, "", false},
		{"sabah [Britanya] Yaz Saatiyle onda", annotation.Location, "Q145", false},   // a time zone
		{"[Hollanda] ligi şampiyonu", annotation.Location, "Q55", true},              // lower case: after the name
		{"[Ali Kaya] Türkiye Kupası finalinde", annotation.Person, "", true},         // people stay
		{"[Hollanda] Açık Deniz Yat Yarış Kupası", annotation.Location, "Q55", true}, // too far
		{"[Hollanda] , Süper Ligi", annotation.Location, "Q55", true},                // not one name
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, tc.typ, 0.5, "model")
		e.ID = tc.id
		if got := len(dropThings(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
