package main

import (
	"strings"
	"testing"
)

// TestVenueSets holds curated/venues.tsv to its sets (its header): the
// stadiums of a league are fewer than its clubs where two clubs share one
// (Serie A's 20 clubs play in 17, the Süper Lig's 18 in 17), and
// Istanbul Airport and Sheremetyevo are rows of TR airports and World 50.
func TestVenueSets(t *testing.T) {
	rows, err := readVenues()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"TR airports": 51, "World 50": 49, "RU airports": 16,
		"Süper Lig": 17, "Premier League": 20, "LaLiga": 20, "Serie A": 17, "Bundesliga": 18,
		"Ligue 1": 20, "RPL": 16, "National": 4}
	have := map[string]int{}
	for _, r := range rows {
		have[r.group]++
	}
	checkCounts(t, "venues", have, want)
}

// TestVenueNamesTable keeps a bare person's name out of the table: an
// airport named after a person is found by its full name only (its
// header says why), and a venue's first name is unique.
func TestVenueNamesTable(t *testing.T) {
	rows, err := readVenues()
	if err != nil {
		t.Fatal(err)
	}
	persons := map[string]bool{"sabiha gökçen": true, "atatürk": true, "adnan menderes": true,
		"kennedy": true, "john f. kennedy": true, "o'hare": true, "indira gandhi": true, "charles de gaulle": true,
		"şenol güneş": true, "fatih terim": true, "kadir has": true, "recep tayyip erdoğan": true, "ali sami yen": true,
		"santiago bernabéu": true, "bernabéu": true, "artemio franchi": true, "али сами йен": true, "бернабеу": true, "луи ii": true}
	first := map[string]bool{}
	for _, r := range rows {
		if first[r.en[0]] {
			t.Errorf("%q: two rows", r.en[0])
		}
		first[r.en[0]] = true
		for _, ns := range [][]string{r.en, r.tr, r.ru} {
			for _, n := range ns {
				if persons[strings.ToLower(n)] {
					t.Errorf("%s: a person's name alone: %q", r.en[0], n)
				}
			}
		}
	}
}
