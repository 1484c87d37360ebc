package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Football clubs' short names: curated/clubnames.tsv (CC0, compiled for
// varlik; its header gives the set of clubs) lists the names news calls a
// club by alone, which openfootball does not give a foreign club (clubs.go
// keeps its names of two or more words): "Ajax drew with PSV" found no
// club, and Ajax became a place, Atalanta and Gladbach people. Each row
// merges into the club the gazetteer has under the row's club name in the
// row's country, which keeps its ID and takes the curated standing (source
// curated, the curated prior), as curated/teams.tsv's rows merge
// (teams.go); a row whose club the gazetteer lacks adds it. The rows are
// added once every place is in, the second-level regions of regions2.go
// too, which give up a name another entry has (a club's Lecce would have
// cost the province of Lecce its entry).
//
// A name is left out (logged with -v) when it is
//
//   - a place's name in the gazetteer, in any language: a city or region
//     (Lyon, Porto, Basel, Бавария for Bayern) stays the place, and the
//     recognizer's context rules read it as its club in a match report;
//   - in Russian, the transcription of an English name of a place of the
//     club's country that has no Russian name in the gazetteer (many
//     cities have none: Krasnodar, Augsburg), within one edit per five
//     letters as soundsLike or placeToRussian spells it (Краснодар);
//   - a given name (the lexicon's; Russian names: Natasha's first names):
//     Hertha, Ахмат;
//   - one word of the Turkish lexicon's: a frequent Turkish word
//     (commonwords.go) or a word of its dictionary;
//   - a surname of the lexicon's lists (Faker's Turkish and Russian ones)
//     or the last word of a person's name in the gazetteer;
//   - the name of another entry, or one two rows of the table list.
//
// A name the club already has in its languages stays (Бавария, from
// curated/orgs.tsv); one it has in another language only is checked like
// any other (the curated Turkish Chelsea is no English name: it is a
// given name, and as one the recognizer read "Chelsea faces Videoton" as
// a place).
//
// Small places that news names mostly as their clubs: the rule asks the
// gazetteer, not the world, and the gazetteer leaves out the towns abroad
// under 100,000 inhabitants (cities.go). So Anderlecht and Schalke (a
// Brussels commune and a Gelsenkirchen district), Villarreal (GeoNames'
// Vila-real, 51,000), Genk, Eibar, Sassuolo and Benfica (a Lisbon parish)
// are the clubs' names: in Turkish, English and Russian news they are
// almost only the clubs, and a place the gazetteer does not know gets no
// help from it anyway. The cost, on dev data: one Turkish Wiki NER
// sentence, "Luzern, İsviçre'de öldü", now tags the town as the club
// (docs/accuracy.md). Asking GeoNames' towns instead would have taken
// Benfica, Werder and Everton from their clubs. A place the gazetteer has
// keeps its name even where the club is far more often meant (Ajax, the
// town of Ontario; Lazio, the region): the gazetteer can give a name to
// both only by ranking one first (placesFirst ranks a club after the
// place, with every name of the club), and telling the two apart is the
// recognizer's context rules' work, as it is for Lyon and Porto.
//
// Whether a name is an English or Russian word is the table's decision
// (its header): capitalised, Wolves and Зенит are the clubs. The English
// model's surnames (the 1990 US Census list, lang/en/data/surnames.txt)
// are not asked: the model already reads them as person words, which is
// what tagged Villarreal a person, and its thousand most frequent hold
// only two of the table's names, Villarreal and Livingston, both the
// clubs in news.

// clubNameColumns are curated/clubnames.tsv's columns: group, country,
// club, short, tr, ru.
const clubNameColumns = 6

// clubNameRow is one club of curated/clubnames.tsv.
type clubNameRow struct {
	group, country, club string   // country: ISO 3166-1 alpha-2; club: its name in the gazetteer
	short, tr, ru        []string // short: English and Turkish names
}

func readClubNames() ([]clubNameRow, error) {
	rows, err := readCurated("clubnames.tsv", clubNameColumns)
	if err != nil {
		return nil, err
	}
	out := make([]clubNameRow, 0, len(rows))
	for _, r := range rows {
		c := clubNameRow{group: r[0], country: r[1], club: strings.TrimSpace(r[2]),
			short: splitNames(r[3]), tr: splitNames(r[4]), ru: splitNames(r[5])}
		if c.club == "" || c.group == "" {
			return nil, fmt.Errorf("curated/clubnames.tsv: a row without a group or club: %q", r)
		}
		out = append(out, c)
	}
	return out, nil
}

// buildClubNames adds curated/clubnames.tsv to g (see above), with the
// lexicon and the frequent Turkish words of s.
func buildClubNames(s src, g *gazetteer, countries map[string]*country, log io.Writer) error {
	rows, err := readClubNames()
	if err != nil {
		return err
	}
	freq, err := loadTurkishFreq(s)
	if err != nil {
		return err
	}
	lx, err := loadLexicon(s, g)
	if err != nil {
		return err
	}
	return addClubNames(g, rows, countries, lx, freq, log)
}

// addClubNames merges rows into g's clubs (adding a club none matches)
// and gives them the names the rules above let through.
func addClubNames(g *gazetteer, rows []clubNameRow, countries map[string]*country, lx *lexicon, freq turkishFreq, log io.Writer) error {
	clubs := indexSubtype(g, "club")
	added, merged := 0, 0
	entries := make([]*entry, len(rows))
	for i, r := range rows {
		c, err := countryOf(countries, r.country, "clubnames.tsv", r.club)
		if err != nil {
			return err
		}
		e, isNew, err := clubOf(g, clubs, []string{r.club}, r.country, c)
		if err != nil {
			return err
		}
		if isNew {
			e.addName("en", r.club)
			e.addName("tr", r.club)
			clubs.add(e)
			fmt.Fprintf(log, "club names: no club %q in %s, added %s\n", r.club, r.country, e.id)
			added++
		} else {
			merged++
		}
		addSource(e, "curated")
		entries[i] = e
	}
	check := newClubNameCheck(g, rows, entries, countries, lx, freq)
	kept, left := 0, 0
	for i, r := range rows {
		e := entries[i]
		for _, ln := range []struct {
			names []string
			langs []string
		}{{r.short, []string{"en", "tr"}}, {r.tr, []string{"tr"}}, {r.ru, []string{"ru"}}} {
			for _, n := range ln.names {
				if !slices.ContainsFunc(ln.langs, func(l string) bool { return !slices.Contains(e.names[l], n) }) {
					kept++ // e has it in each language already
					continue
				}
				if why := check.clash(n, ln.langs[0], e); why != "" {
					fmt.Fprintf(log, "club name left out, %s: %s %q\n", why, e.id, n)
					left++
					continue
				}
				for _, l := range ln.langs {
					e.addName(l, n)
				}
				kept++
			}
		}
	}
	fmt.Fprintf(log, "club names: %d rows merged into clubs, %d clubs added; %d names kept, %d left out\n", merged, added, kept, left)
	return nil
}

// clubNameCheck holds what a club's name is checked against.
type clubNameCheck struct {
	owners nameIndex           // folded name → the gazetteer's entries bearing it
	inRows map[string][]*entry // folded name → the table's clubs listing it
	places map[string]bool
	// unnamedRu: a country's entry ID → the English names of its places
	// without a Russian name, each with placeToRussian's transcription
	unnamedRu map[string][][2]string
	people    map[string]bool // last words of the gazetteer's people's names
	lx        *lexicon
	freq      turkishFreq
}

func newClubNameCheck(g *gazetteer, rows []clubNameRow, entries []*entry, countries map[string]*country, lx *lexicon, freq turkishFreq) *clubNameCheck {
	c := &clubNameCheck{owners: indexNames(g, ""), inRows: map[string][]*entry{}, places: placeNames(g),
		unnamedRu: map[string][][2]string{}, people: map[string]bool{}, lx: lx, freq: freq}
	iso := map[string]string{} // country entry ID → ISO code
	for code, ct := range countries {
		iso[ct.entry.id] = code
	}
	for i, r := range rows {
		for _, n := range slices.Concat(r.short, r.tr, r.ru) {
			k := foldKey(n)
			if !slices.Contains(c.inRows[k], entries[i]) {
				c.inRows[k] = append(c.inRows[k], entries[i])
			}
		}
	}
	for _, e := range g.sorted() {
		if e.typ == "LOCATION" && !e.has("ru") && iso[e.attrs["country"]] != "" {
			for _, n := range e.names["en"] {
				c.unnamedRu[e.attrs["country"]] = append(c.unnamedRu[e.attrs["country"]], [2]string{n, placeToRussian(n, iso[e.attrs["country"]])})
			}
		}
		if e.typ != "PERSON" {
			continue
		}
		for _, ns := range e.names {
			for _, n := range ns {
				if f := strings.Fields(n); len(f) > 1 {
					c.people[foldKey(f[len(f)-1])] = true
				}
			}
		}
	}
	return c
}

// clash says why name n (of language lang; English for the names of
// English and Turkish) may not be club e's, or "".
func (c *clubNameCheck) clash(n, lang string, e *entry) string {
	k := foldKey(n)
	oneWord := len(strings.Fields(n)) == 1
	switch {
	case c.places[k]:
		return "a place"
	case lang == "ru" && c.transcribesPlace(n, e.attrs["country"]):
		return "a place's Russian name"
	case c.lx.given[k] || (lang == "ru" && ruGivenNames[ruKey(n)]):
		return "a given name"
	case oneWord && (commonName(c.freq, n) || c.lx.turkish[lowerTurkish(n)]):
		return "a Turkish word"
	case c.lx.surname[k] || c.people[k]:
		return "a surname"
	case c.owners.namesOther(n, e) || !onlyOwner(c.inRows[k], e):
		return "another entry's name"
	}
	return ""
}

// transcribesPlace reports whether the Russian name ru transcribes an
// English name of a place of country (an entry ID) that has no Russian
// name: Краснодар for the city Krasnodar.
func (c *clubNameCheck) transcribesPlace(ru, country string) bool {
	k := ruKey(ru)
	tol := max(1, len([]rune(k))/5)
	for _, p := range c.unnamedRu[country] {
		if soundsLike(ru, p[0]) || levenshtein(k, ruKey(p[1])) <= tol {
			return true
		}
	}
	return false
}
