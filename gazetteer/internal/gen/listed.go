package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Listed sources: long open lists of one kind of name, added after the
// curated tables (members of parliament and parties from ParlaMint-TR,
// football clubs from openfootball, Turkish universities from Hipo's
// university-domains list, S&P 500 companies, and the companies of the
// main stock indices, the Fortune Global 500 and the airlines of
// curated/companies.tsv, a curated table long enough
// to rank as a listed one: companies.go). Unlike the curated tables they
// are not read line by line by a person, so their names pass the checks
// below, and they rank below what the gazetteer knew before:
//
//   - a name that is also a place's name stays the place's: the listed
//     entry loses it when it has another name, and is dropped when it has
//     none (a club called "Bodrum" keeps "Bodrumspor" and "Bodrum FK",
//     while "Bodrum" stays the district). A club of the curated table
//     keeps such a name, which a person chose for it, but ranks after
//     the place (placesFirst): "Beşiktaş" is the district first and the
//     club second, so a span the model tags as an organization still
//     gets the club's ID.
//   - a one-word name that is a frequent Turkish word (commonwords.go) is
//     dropped ("Zafer" for Zafer Partisi, "HAS" for Halkın Sesi Partisi).
//   - priors (priors.go): members of parliament 0.60, below the 0.8 that
//     link's surname index asks of "well-known people by surname alone";
//     listed organizations 0.65, below the curated ones (0.70 and up).

// listedSources are the source attributes of the listed sources.
var listedSources = []string{"parlamint", "openfootball", "university-domains", "sp500", "companies"}

// listedOnly reports whether e comes from listed sources alone (an entry
// they merged into keeps the curated table's standing).
func listedOnly(e *entry) bool {
	for _, s := range strings.Split(e.attrs["source"], ",") {
		found := false
		for _, l := range listedSources {
			if s == l {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return e.attrs["source"] != ""
}

// nameIndex maps folded names (foldKey) of entries to the entries, in ID
// order.
type nameIndex map[string][]*entry

// ofCountry returns the first entry of index under one of names, tried in
// order, whose country is country (an entry ID), or nil: the entry a
// curated row merges into (a team into its club, a body into the
// organization the gazetteer had, a stadium into a landmark).
func ofCountry(index nameIndex, names []string, country string) *entry {
	for _, n := range names {
		for _, e := range index[foldKey(n)] {
			if e.attrs["country"] == country {
				return e
			}
		}
	}
	return nil
}

// indexSubtype indexes g's entries of subtype by name: the curated
// tables' rows merge into them (clubs: clubs.go, teams.go, clubnames.go;
// landmarks: venues.go).
func indexSubtype(g *gazetteer, subtype string) nameIndex {
	x := nameIndex{}
	for _, e := range g.sorted() {
		if e.subtype == subtype {
			x.add(e)
		}
	}
	return x
}

// countryOf returns the country of code, or an error naming the curated
// table file and the row (by its name) that gives an unknown code.
func countryOf(countries map[string]*country, code, file, row string) (*country, error) {
	if c := countries[code]; c != nil {
		return c, nil
	}
	return nil, fmt.Errorf("curated/%s: %s: unknown country %q", file, row, code)
}

// clubOf returns the club of country c named by one of names, tried in
// order, or a new club named by the first (added reports which); the
// curated teams and club names merge into a club so.
func clubOf(g *gazetteer, clubs nameIndex, names []string, code string, c *country) (e *entry, added bool, err error) {
	if e := ofCountry(clubs, names, c.entry.id); e != nil {
		return e, false, nil
	}
	e, err = addOrg(g, names[0], code, "club", c.entry.id)
	return e, true, err
}

// indexNames indexes g's entries of type typ, or all of them for "".
func indexNames(g *gazetteer, typ string) nameIndex {
	x := nameIndex{}
	for _, e := range g.sorted() {
		if typ == "" || e.typ == typ {
			x.add(e)
		}
	}
	return x
}

func (x nameIndex) add(e *entry) {
	seen := map[string]bool{}
	for _, l := range sortedLangs(e) {
		for _, n := range e.names[l] {
			k := foldKey(n)
			if k != "" && !seen[k] {
				seen[k] = true
				x[k] = append(x[k], e)
			}
		}
	}
}

func sortedLangs(e *entry) []string {
	langs := make([]string, 0, len(e.names))
	for l := range e.names {
		langs = append(langs, l)
	}
	langOrder(langs)
	return langs
}

// yieldToPlaces applies the place and common-word rules above to listed
// entries; an entry left without names is dropped.
func yieldToPlaces(g *gazetteer, freq turkishFreq, log io.Writer) {
	places := placeNames(g)
	for _, e := range g.sorted() {
		if !listedOnly(e) {
			continue
		}
		var lost []string
		left := 0
		for _, l := range sortedLangs(e) {
			var keep []string
			for _, n := range e.names[l] {
				if places[foldKey(n)] || commonName(freq, n) {
					lost = append(lost, n)
					continue
				}
				keep = append(keep, n)
			}
			left += len(keep)
			if len(keep) == 0 {
				delete(e.names, l)
			} else {
				e.names[l] = keep
			}
		}
		switch {
		case left == 0 || (!e.has("tr") && !e.has("en")):
			delete(g.byID, e.id)
			fmt.Fprintf(log, "listed entry dropped, no name left in Turkish or English: %s %q\n", e.id, lost)
		case len(lost) > 0:
			fmt.Fprintf(log, "listed names left to places or common words: %s %q\n", e.id, lost)
		}
	}
}

// placeNames is the set of the places' folded names.
func placeNames(g *gazetteer) map[string]bool {
	places := map[string]bool{}
	for _, e := range g.byID {
		if e.typ == "LOCATION" {
			for _, ns := range e.names {
				for _, n := range ns {
					places[foldKey(n)] = true
				}
			}
		}
	}
	return places
}

// commonName reports whether a one-word name is a frequent Turkish word
// in either reading of its capital I (IYI is İYİ, "iyi").
func commonName(freq turkishFreq, n string) bool {
	return freq.common(n) || freq.common(strings.ToLower(n))
}

// abbreviated reports whether a name has a word cut short with a full
// stop ("Galat. İstanbul", "Y. Malatyaspor"), as score tables write
// names; initialisms written with stops (A.Ş.) are not cut short.
func abbreviated(n string) bool {
	for _, w := range strings.Fields(n) {
		if !strings.HasSuffix(w, ".") || w == "St." {
			continue // FC St. Pauli
		}
		letters := 0
		for _, r := range strings.TrimSuffix(w, ".") {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters > 1 && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			return true
		}
		if letters == 1 {
			return true
		}
	}
	return false
}

// rekey gives e the ID id (a QID a listed source gives for an entry the
// curated table named by slug) and points every reference to it there.
func rekey(g *gazetteer, e *entry, id string) {
	if g.byID[id] != nil {
		return
	}
	old := e.id
	delete(g.byID, old)
	e.id = id
	g.byID[id] = e
	for _, x := range g.byID {
		for k, v := range x.attrs {
			if v == old {
				x.attrs[k] = id
			}
		}
	}
}

// hasSource reports whether source is among e's sources.
func hasSource(e *entry, source string) bool {
	for _, s := range strings.Split(e.attrs["source"], ",") {
		if s == source {
			return true
		}
	}
	return false
}

// addSource appends source to e's source attribute once.
func addSource(e *entry, source string) {
	e.attrs["source"] = strings.Join(uniq(strings.Split(e.attrs["source"]+","+source, ",")), ",")
}

// countryByName maps folded English country names to country entries,
// for sources that name countries in words.
func countryByName(countries map[string]*country) map[string]*country {
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	m := map[string]*country{}
	for _, code := range codes {
		for _, n := range countries[code].entry.names["en"] {
			if _, taken := m[foldKey(n)]; !taken {
				m[foldKey(n)] = countries[code]
			}
		}
	}
	return m
}

// placesFirst lowers the prior of a curated club that shares a name with
// a place to just below the place's (the lowest such place's), after
// assignPriors: "Beşiktaş" the district (0.45) ranks before the club.
func placesFirst(g *gazetteer, log io.Writer) {
	lowest := map[string]float64{}
	for _, e := range g.byID {
		if e.typ != "LOCATION" {
			continue
		}
		for _, ns := range e.names {
			for _, n := range ns {
				k := foldKey(n)
				if p, ok := lowest[k]; !ok || e.prior < p {
					lowest[k] = e.prior
				}
			}
		}
	}
	for _, e := range g.sorted() {
		if e.subtype != "club" {
			continue
		}
		for _, l := range sortedLangs(e) {
			for _, n := range e.names[l] {
				if p, ok := lowest[foldKey(n)]; ok && p-0.01 < e.prior {
					e.prior = round3(max(p-0.01, 0.01))
					fmt.Fprintf(log, "club after the place %q: %s prior %.3f\n", n, e.id, e.prior)
				}
			}
		}
	}
}
