package main

import (
	"fmt"
	"strings"
)

// Office holders beyond the Factbook's heads of state and government
// (ministers, heads of international organizations, Turkish party leaders,
// politicians of the past) from curated/officials.tsv, and those of 2019,
// the year of the news varlik measures on, from curated/officials2019.tsv
// (office_year=2019: a past office, see priors.go). A person the
// Factbook already gave (a prime minister who is also foreign minister)
// keeps the Factbook entry and role and only gains the table's names.

func buildOfficials(g *gazetteer, countries map[string]*country) error {
	for _, t := range []struct{ file, year string }{{"officials.tsv", ""}, {"officials2019.tsv", "2019"}} {
		rows, err := readCurated(t.file, 8)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := addOfficial(g, countries, r, t.file, t.year); err != nil {
				return err
			}
		}
	}
	return nil
}

// addOfficial adds the person of row r of the table file, whose office is
// of year (or current, when year is ""), or gives the entry g has the
// row's names.
func addOfficial(g *gazetteer, countries map[string]*country, r []string, file, year string) error {
	en := strings.Split(r[2], "|")
	id := "varlik:person:" + slug(en[0])
	of := r[7]
	if c := countries[of]; c != nil {
		of = c.entry.id
	} else if g.byID[of] == nil {
		return fmt.Errorf("curated/%s: %s: unknown of=%s", file, id, r[7])
	}
	e := g.byID[id]
	if e == nil {
		e = newEntry(id, "PERSON", r[0], 0) // prior: assignPriors
		if r[4] != "" {
			e.attrs["role"], e.attrs["role_en"], e.attrs["role_ru"] = r[4], r[5], r[6]
		}
		if year != "" {
			e.attrs["office_year"] = year
		}
		e.attrs["of"] = of
		e.attrs["source"] = "curated"
		if err := g.add(e); err != nil {
			return err
		}
	}
	for i, lang := range []string{"tr", "en", "ru"} {
		for _, n := range strings.Split(r[1+i], "|") {
			e.addName(lang, n)
		}
	}
	return nil
}
