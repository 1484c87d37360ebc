package main

import (
	"fmt"
	"strings"
)

// Office holders beyond the Factbook's heads of state and government
// (ministers, heads of international organizations, Turkish party leaders,
// politicians of the past) from curated/officials.tsv. A person the
// Factbook already gave (a prime minister who is also foreign minister)
// keeps the Factbook entry and role and only gains the table's names.

func buildOfficials(g *gazetteer, countries map[string]*country) error {
	rows, err := readCurated("officials.tsv", 8)
	if err != nil {
		return err
	}
	for _, r := range rows {
		en := strings.Split(r[2], "|")
		id := "varlik:person:" + slug(en[0])
		of := r[7]
		if c := countries[of]; c != nil {
			of = c.entry.id
		} else if g.byID[of] == nil {
			return fmt.Errorf("curated/officials.tsv: %s: unknown of=%s", id, r[7])
		}
		e := g.byID[id]
		if e == nil {
			e = newEntry(id, "PERSON", r[0], 0) // prior: assignPriors
			if r[4] != "" {
				e.attrs["role"], e.attrs["role_en"], e.attrs["role_ru"] = r[4], r[5], r[6]
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
	}
	return nil
}
