package main

import (
	"fmt"
	"strings"
)

// Places no source lists: continents, macro-regions ("Orta Doğu",
// "Balkanlar"), seas and straits, Turkey's seven geographic regions and
// landmarks, from curated/places.tsv. They are added after the
// common-word filter and name normalisation, which are for the sources'
// cities and regions. The Moscow Kremlin is a landmark here and an
// organization (the Russian presidency: "the Kremlin said", "Kremlin
// Sözcüsü") in curated/orgs.tsv; news mostly means the latter, so the
// organization ranks higher (0.70 against 0.50) and both stay candidates.

func buildPlaces(g *gazetteer, countries map[string]*country) error {
	rows, err := readCurated("places.tsv", 7)
	if err != nil {
		return err
	}
	for _, r := range rows {
		e := newEntry(r[0], "LOCATION", r[1], 0) // prior: assignPriors
		for i, lang := range []string{"tr", "en", "ru"} {
			for _, n := range strings.Split(r[3+i], "|") {
				e.addName(lang, n)
			}
		}
		if r[2] != "" {
			e.attrs["scope"] = r[2]
		}
		if r[6] != "" {
			c := countries[r[6]]
			if c == nil {
				return fmt.Errorf("curated/places.tsv: %s: unknown country %s", r[0], r[6])
			}
			e.attrs["country"] = c.entry.id
			if r[2] == "geographic" {
				e.attrs["parent"] = c.entry.id
			}
		}
		e.attrs["source"] = "curated"
		if err := g.add(e); err != nil {
			return fmt.Errorf("curated/places.tsv: %w", err)
		}
	}
	return nil
}
