package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"

	"github.com/varlik/varlik/lang"
)

// TestAddLineupPlayers checks which names of a lineup become people, on
// lineups written for the test (P=[…], L=[…], O=[…]: the mentions found).
func TestAddLineupPlayers(t *testing.T) {
	tr, _ := lang.Get("tr")
	en, _ := lang.Get("en")
	tests := []struct {
		l      lang.Language
		marked string
		want   string
	}{
		{tr, "Kadro : P=[Umut] ( 6 ) , Deniz ( 7 ) , P=[Okan] ( 5 ) - Selçuk ( 6 ) , Ali Rıza ( Dk . 70 ) .",
			"PER Umut|PER Deniz|PER Okan|PER Selçuk|PER Ali Rıza"},
		{en, "United : P=[Hartley] ( 7 ) , Moss ( 6 ) ; P=[Okafor] ( 6 ) , Brandt ( Lee 65 ) .",
			"PER Hartley|PER Moss|PER Okafor|PER Brandt"},
		// A player's name read as a place.
		{tr, "Kadro : P=[Umut] ( 6 ) , L=[Ege] ( 7 ) , P=[Okan] ( 5 ) .", "PER Umut|PER Ege|PER Okan"},
		// A country among people stays one.
		{tr, "Madalya : P=[Umut] ( 2 ) , L=[Almanya]@Q183 ( 3 ) , P=[Okan] ( 1 ) .", "PER Umut|LOC Almanya|PER Okan"},
		// One person among the items: no lineup of people.
		{tr, "Kadro : P=[Umut] ( 6 ) , Deniz ( 7 ) , Selçuk ( 6 ) .", "PER Umut"},
		// More places than people: a list of cities with figures.
		{tr, "Nüfus : L=[Bursa] ( 3 ) , L=[İzmir] ( 4 ) , L=[Konya] ( 2 ) , P=[Umut] ( 1 ) , P=[Okan] ( 1 ) , Aksaray ( 1 ) .",
			"LOC Bursa|LOC İzmir|LOC Konya|PER Umut|PER Okan"},
		// Two items only.
		{tr, "P=[Umut] ( 6 ) , Deniz ( 7 ) .", "PER Umut"},
		// Words between the items: no lineup.
		{tr, "P=[Umut] ( 6 ) dün geldi , Deniz ( 7 ) bugün , P=[Okan] ( 5 ) yarın gelecek .", "PER Umut|PER Okan"},
		// Notes of a match: a minute with ' or dk, a club; empty parentheses
		// are no note.
		{tr, "Kadro : P=[Umut] ( 6 ) , Deniz ( 46 ' ) , P=[Okan] ( Galatasaray ) - Selçuk ( 70 dk ) , Sinan ( ) .",
			"PER Umut|PER Deniz|PER Okan|PER Selçuk"},
		// A review's charts: figures with units or decimals, a title of words.
		{tr, "Gişe : P=[Ayla] ( 1,2 milyon ) , Müslüm ( 4 milyon ) , P=[Leyla] ( 3 milyon ) , Eşkıya ( 2,5 milyon ) .",
			"PER Ayla|PER Leyla"},
		{tr, "Reytingler : P=[Leyla] ( 7,1 ) , P=[Ömer] ( 5,9 ) , Kızılcık Şerbeti ( 8,2 ) .", "PER Leyla|PER Ömer"},
		{tr, "Reytingler : P=[Leyla] ( 7 ) , P=[Ömer] ( 5 ) , Kızılcık Şerbeti ( 8 ) .", "PER Leyla|PER Ömer"}, // no given name first
		{tr, "Kaleci Umut ( 6 ) , P=[Deniz] ( 7 ) , P=[Okan] ( 5 ) .", "PER Umut|PER Deniz|PER Okan"},          // a role before the given name
		{tr, "Oy : P=[Leyla] ( % 7 ) , P=[Ömer] ( % 5 ) , Okan ( % 8 ) .", "PER Leyla|PER Ömer"},
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tc.l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if got := mentionsOf(t, doc, addLineupPlayers(doc, ents, tc.l, gazetteer.Default())); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}
