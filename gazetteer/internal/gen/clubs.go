package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Football clubs from openfootball/clubs (CC0 1.0), as its converter
// flattened them (converted/clubs.tsv: file, country heading, name,
// aliases). Turkish clubs keep all their names, in Turkish; a foreign
// club keeps its names of two or more words (or hyphenated: Al-Hilal),
// not one-word names, which are often words, surnames or other clubs'
// names too (Racing, Nacional, Santos, Brown: on the Milliyet dev split
// "Brown" became a club). Dropped everywhere: names
// cut short with a full stop (Galat. İstanbul), language-tagged variants
// (Keciöerengücü [de]), names under three letters, short aliases in
// capitals (OB, KF), and one-word names that are given names (Altay). The
// sponsor marks of the source ($$Medipol$$ Başakşehir FK) are removed.
// A club sharing a name and country with one the gazetteer has (the
// curated clubs, a club listed twice) merges into it. Places keep their names
// (listed.go): "Beşiktaş" is the district, the club "Beşiktaş JK".

// clubCountryFolder names the source's folders that are not a country's
// English name.
var clubCountryFolder = map[string]string{
	"england": "GB", "scotland": "GB", "wales": "GB", "northern-ireland": "GB",
	"latvija": "LV", "macedonia": "MK", "czech-republic": "CZ", "congo-dr": "CD",
	"bosnia-n-herzegovina": "BA", "trinidad-n-tobago": "TT", "united-states": "US",
	"south-korea": "KR", "russia": "RU", "iran": "IR", "kosovo": "XK",
}

func buildClubs(s src, g *gazetteer, countries map[string]*country, lx *lexicon, log io.Writer) error {
	rows, err := readClubs(s.path("openfootball-clubs", "converted", "clubs.tsv"))
	if err != nil {
		return fmt.Errorf("openfootball-clubs: %w", err)
	}
	byName := countryByName(countries)
	places := placeNames(g)
	clubs := indexSubtype(g, "club")
	added, merged := 0, 0
	for _, r := range rows {
		dirs := strings.Split(r[0], "/")
		folder := dirs[len(dirs)-2]
		var c *country
		if code := clubCountryFolder[folder]; code != "" {
			c = countries[code]
		} else {
			c = byName[foldKey(folder)]
		}
		turkish := c != nil && c.entry.id == turkeyID
		names := clubNames(r[2], strings.Split(r[3], "|"), turkish, lx)
		if len(names) == 0 {
			continue
		}
		var e *entry
	find:
		for _, n := range names {
			for _, m := range clubs[foldKey(n)] {
				if c != nil && m.attrs["country"] == c.entry.id {
					e = m // same name, same country (Liverpool FC of Montevideo is another club)
					break find
				}
			}
		}
		lang := "en"
		if turkish {
			lang = "tr"
		}
		if e == nil {
			cc := ""
			if c != nil {
				cc = c.iso2
			}
			e = newEntry(orgID(g, names[0], cc), "ORGANIZATION", "club", 0) // prior: assignPriors
			if c != nil {
				e.attrs["country"] = c.entry.id
			}
			if err := g.add(e); err != nil {
				return err
			}
			added++
		} else {
			merged++
		}
		addSource(e, "openfootball")
		for _, n := range names {
			if !places[foldKey(n)] || listedOnly(e) { // listed entries: yieldToPlaces
				e.addName(lang, n)
			}
		}
		clubs.add(e)
	}
	fmt.Fprintf(log, "openfootball: %d clubs added, %d rows merged\n", added, merged)
	return nil
}

// clubNames cleans a club's name and aliases by the rules above; the
// club's own name comes first when it is kept.
func clubNames(name string, aliases []string, turkish bool, lx *lexicon) []string {
	var out []string
	for i, n := range append([]string{name}, aliases...) {
		own := i == 0
		n = cleanName(strings.ReplaceAll(n, "$$", ""))
		words := len(strings.Fields(n))
		switch {
		case n == "", abbreviated(n), utf8.RuneCountInString(n) < 3:
		case !own && isAcronym(n) && utf8.RuneCountInString(n) <= 3:
		case words == 1 && lx.given[foldKey(n)]:
		case words == 1 && !turkish && !strings.Contains(n, "-"):
		default:
			out = append(out, n)
		}
	}
	return out
}

// readClubs reads the converted table: file, country heading, name,
// aliases. One row has the club's city as an extra column before the
// aliases (the converter missed its comma); it is skipped.
func readClubs(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		switch {
		case len(c) == 1 && strings.TrimSpace(c[0]) == "":
			continue
		case len(c) < 4:
			return nil, fmt.Errorf("line %d: want 4 columns, have %d", line, len(c))
		case len(c) > 4:
			c = append(c[:3], c[len(c)-1])
		}
		rows = append(rows, c)
	}
	return rows, sc.Err()
}
