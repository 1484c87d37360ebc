package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode"
)

// S&P 500 companies (datasets/s-and-p-500-companies, ODC-PDDL 1.0), in
// English as the list names them ("Apple Inc.", "Target Corporation"),
// share classes dropped. Without its legal form the name is what news
// writes, but a single plain word (Apple, Target, Visa, Southern) is
// mostly an ordinary word, so the short name is kept only when it has
// more than one word or looks like no word (BlackRock, 3M, AT&T); the
// company is then found by its full name. A company the curated table
// has (Apple, Microsoft, Tesla) merges into it. Country: the headquarters'
// country where it is not the United States.

var legalForm = regexp.MustCompile(`,? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Companies|plc|Ltd\.?)$`)

func buildSP500(s src, g *gazetteer, countries map[string]*country) error {
	f, err := os.Open(s.path("sp500-companies", "original", "data", "constituents.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return fmt.Errorf("sp500-companies: %w", err)
	}
	byName := countryByName(countries)
	orgs := indexNames(g, "ORGANIZATION")
	for _, r := range rows[1:] { // header: Symbol, Security, GICS Sector, Sub-Industry, HQ, ...
		full := cleanName(r[1])
		if full == "" {
			continue
		}
		short := legalForm.ReplaceAllString(full, "")
		idName := short
		if strings.HasSuffix(short, " &") {
			// Deere & Company: the form is part of the name. The ID stays
			// the one the cut name made (varlik:org:deere), as published.
			short = full
		}
		var e *entry
		for _, n := range []string{full, short} {
			for _, m := range orgs[foldKey(n)] {
				if m.subtype == "company" {
					e = m
					break
				}
			}
			if e != nil {
				break
			}
		}
		if e == nil {
			e = newEntry(orgID(g, idName, "US"), "ORGANIZATION", "company", 0) // prior: assignPriors
			c := countries["US"]
			hq := strings.Split(r[4], ", ")
			if x := byName[foldKey(hq[len(hq)-1])]; x != nil && len(hq) > 1 && !usStateNamedLikeCountry[hq[len(hq)-1]] {
				c = x
			}
			e.attrs["country"] = c.entry.id
			if err := g.add(e); err != nil {
				return err
			}
		}
		addSource(e, "sp500")
		if short != full && wordlike(short) {
			e.addName("en", full)
		} else {
			e.addName("en", short)
			e.addName("en", full)
		}
		orgs.add(e)
	}
	return nil
}

// usStateNamedLikeCountry: "Columbus, Georgia" is in the United States.
var usStateNamedLikeCountry = map[string]bool{"Georgia": true}

// wordlike reports whether a name is one plain capitalized word (Target),
// not a coinage (BlackRock, eBay, 3M, AT&T).
func wordlike(n string) bool {
	if strings.ContainsAny(n, " &-.'0123456789") {
		return false
	}
	for i, r := range []rune(n) {
		if (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
