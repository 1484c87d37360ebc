package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Airports and stadiums: curated/venues.tsv (CC0, compiled for varlik)
// lists, as of 2019, Turkey's airports with scheduled flights, the world's
// busiest airports, the airports of Russia's largest cities and the home
// stadiums of seven football leagues with their countries' national
// stadiums (the table's header gives the sets). The annotation guideline
// types them as places (docs/annotation.md); news names them in each
// language's way (Sabiha Gökçen Havalimanı, Sabiha Gökçen Airport,
// аэропорт Сабиха Гёкчен), and a model that saw only a person's name in
// "Sabiha Gökçen Havalimanı'ndan" tagged it PERSON.
//
// A venue is a LOCATION of subtype landmark, the subtype curated/places.tsv
// gives the Eiffel Tower: the recognizer's models read the best
// candidate's subtype as a feature (government.go), and landmark is one
// they were trained with, where "airport" or "stadium" would be a value no
// model has a weight for. The kind (airport, stadium) is the attribute
// kind; country is the country's entry and parent the city's, the way a
// district names its province. A row merges into the landmark the
// gazetteer already has under one of its names. A name is left out
// (logged with -v) when it is a given name or a name of another entry (a
// place's, a club's, a company's: Sydney Airport is a listed company), so
// that a venue never takes a name from what the gazetteer knew before; a
// person's or club's name alone names no venue in the table.

// venueColumns are curated/venues.tsv's columns: group, kind, country,
// city, en, tr, ru.
const venueColumns = 7

// venueRow is one venue of curated/venues.tsv.
type venueRow struct {
	group, kind, country, city string // country: ISO 3166-1 alpha-2; city: its English name
	en, tr, ru                 []string
}

func readVenues() ([]venueRow, error) {
	rows, err := readCurated("venues.tsv", venueColumns)
	if err != nil {
		return nil, err
	}
	out := make([]venueRow, 0, len(rows))
	for _, r := range rows {
		v := venueRow{group: r[0], kind: r[1], country: r[2], city: r[3],
			en: splitNames(r[4]), tr: splitNames(r[5]), ru: splitNames(r[6])}
		if len(v.tr) == 0 {
			v.tr = v.en // Turkish news keeps a foreign venue's name
		}
		if len(v.en) == 0 || (v.kind != "airport" && v.kind != "stadium") || v.city == "" {
			return nil, fmt.Errorf("curated/venues.tsv: %q: no English name or city, or kind %q", r[4], r[1])
		}
		out = append(out, v)
	}
	return out, nil
}

// buildVenues adds curated/venues.tsv to g (see above); it runs once every
// place and organization is in. lx tells given names.
func buildVenues(g *gazetteer, countries map[string]*country, lx *lexicon, log io.Writer) error {
	rows, err := readVenues()
	if err != nil {
		return err
	}
	owners := indexNames(g, "")
	landmarks := indexSubtype(g, "landmark")
	cities := cityIndex(g)
	added, merged, left := 0, 0, 0
	for _, v := range rows {
		c, err := countryOf(countries, v.country, "venues.tsv", v.en[0])
		if err != nil {
			return err
		}
		city := cities[c.entry.id+"\t"+foldKey(v.city)]
		if city == nil {
			return fmt.Errorf("curated/venues.tsv: %s: no place %q in %s", v.en[0], v.city, v.country)
		}
		all := slices.Concat(v.en, v.tr, v.ru)
		e := ofCountry(landmarks, all, c.entry.id)
		if e != nil {
			merged++
		} else {
			e = newEntry(venueID(g, v.en[0]), "LOCATION", "landmark", 0) // prior: assignPriors
			e.attrs["country"] = c.entry.id
			e.attrs["parent"] = city.id
			e.attrs["kind"] = v.kind
			if err := g.add(e); err != nil {
				return err
			}
			added++
		}
		addSource(e, "curated")
		for i, ns := range [][]string{v.en, v.tr, v.ru} {
			l := []string{"en", "tr", "ru"}[i]
			for _, n := range ns {
				k := foldKey(n)
				why := ""
				switch {
				case lx.given[k]:
					why = "a given name"
				case !onlyOwner(owners[k], e):
					why = "another entry's name"
				}
				if why != "" {
					fmt.Fprintf(log, "venue name left out, %s: %s %q\n", why, e.id, n)
					left++
					continue
				}
				e.addName(l, n)
			}
		}
		owners.add(e)
		landmarks.add(e)
	}
	fmt.Fprintf(log, "venues: %d added, %d merged into landmarks, %d names left out\n", added, merged, left)
	return nil
}

// venueID is varlik:loc:<slug of en>, numbered if taken.
func venueID(g *gazetteer, en string) string {
	id := "varlik:loc:" + slug(en)
	for i := 2; g.byID[id] != nil; i++ {
		id = "varlik:loc:" + slug(en) + "-" + strconv.Itoa(i)
	}
	return id
}

// cityIndex maps a country's entry ID and a folded English or Turkish
// name to the place a venue's city column means: a city (or capital)
// before a province, a province before a district, a region last (the
// counties of regions2.go come later), and of two of a kind the more
// populous (then the smaller ID).
func cityIndex(g *gazetteer) map[string]*entry {
	rank := map[string]int{"capital": 5, "city": 5, "province": 4, "district": 3, "region": 1}
	better := func(a, b *entry) bool {
		if rank[a.subtype] != rank[b.subtype] {
			return rank[a.subtype] > rank[b.subtype]
		}
		pa, pb := atoi(a.attrs["population"]), atoi(b.attrs["population"])
		if pa != pb {
			return pa > pb
		}
		return a.id < b.id
	}
	x := map[string]*entry{}
	for _, e := range g.sorted() {
		if e.typ != "LOCATION" || rank[e.subtype] == 0 {
			continue
		}
		for _, l := range []string{"en", "tr"} {
			for _, n := range e.names[l] {
				k := e.attrs["country"] + "\t" + foldKey(n)
				if old := x[k]; old == nil || better(e, old) {
					x[k] = e
				}
			}
		}
	}
	return x
}
