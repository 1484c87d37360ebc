package main

import (
	"fmt"
	"io"
	"sort"
)

// dropRussianCollisions removes the Russian names of Turkish places that
// curated/ru_collisions.tsv lists as common Russian words or names
// ("Ван" for Van would tag the Chinese surname in "Ван И заявил"). A
// province keeps "провинция <name>", which Russian news writes for it.
func dropRussianCollisions(g *gazetteer, log io.Writer) error {
	bad, err := loadRuCollisions()
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(g.byID))
	for id, e := range g.byID {
		if e.attrs["country"] == turkeyID && e.typ == "LOCATION" {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := g.byID[id]
		var keep []string
		for _, n := range e.names["ru"] {
			switch {
			case !bad[n]:
				keep = append(keep, n)
			case e.subtype == "province":
				keep = append(keep, "провинция "+n)
				fmt.Fprintf(log, "ru collision %s %s → провинция %s\n", id, n, n)
			default:
				fmt.Fprintf(log, "ru collision %s %s dropped\n", id, n)
			}
		}
		if len(keep) == 0 {
			delete(e.names, "ru")
		} else {
			e.names["ru"] = keep
		}
	}
	return nil
}

// loadRuCollisions reads the Russian names of curated/ru_collisions.tsv.
func loadRuCollisions() (map[string]bool, error) {
	rows, err := readCurated("ru_collisions.tsv", 2)
	if err != nil {
		return nil, err
	}
	bad := map[string]bool{}
	for _, r := range rows {
		bad[r[0]] = true
	}
	return bad, nil
}
