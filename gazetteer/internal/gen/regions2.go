package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// Second-level regions: the dr5hn states below the top level that news
// names beside a town ("Marlow, Buckinghamshire"): British counties,
// unitary authorities and boroughs, French departments, Italian and
// Spanish provinces, Irish counties, Philippine and Moroccan provinces,
// Czech and other districts. Subtype region2, parent the top-level
// region, names checked as the top-level regions' are (addRegionNames).
//
// They are added after every other builder, so that a name the gazetteer
// already has stays what it was: a second-level region never takes a
// name of another entry (Milan the city, not the metropolitan city;
// Limburg the Dutch province; Вена the city for dr5hn's Vienne), nor a
// surname of a person it knows (Bolton). Their names are checked against
// the words and given names they would collide with, which the top-level
// regions' long-standing names were not: a one-word name is dropped when
// it is shorter than four letters (Ain, Var, Об), a Turkish common word
// (commonwords.go: Kent), an English dictionary word (Most, Down), a
// given name in English, Turkish or Russian (Kerry, Aurora), a compass
// word (Nord), or the name of another second-level region. A state left
// without an English name is not added.

// region2Skipped are the second-level types left out: a town's own
// government (municipalities, parishes), named after the town that news
// names, and Estonia's, Lithuania's and the Marshall Islands' small
// units.
var region2Skipped = map[string]bool{"municipality": true, "rural municipality": true, "urban municipality": true,
	"district municipality": true, "city municipality": true, "parish": true}

func buildRegions2(s src, g *gazetteer, states []dr5hnState, stateQIDCount map[string]int,
	countries map[string]*country, rg *regions, ex exonyms, log io.Writer) error {
	freq, err := loadTurkishFreq(s)
	if err != nil {
		return err
	}
	taken := map[string]bool{} // folded names the gazetteer already has
	for _, e := range g.byID {
		for _, ns := range e.names {
			for _, n := range ns {
				taken[foldKey(n)] = true
			}
		}
		if e.typ == "PERSON" {
			for _, n := range e.names["en"] {
				if f := strings.Fields(n); len(f) > 1 {
					taken[foldKey(f[len(f)-1])] = true
				}
			}
		}
	}
	var cands []*entry
	seen := map[string]int{} // folded name → second-level regions bearing it
	for _, st := range states {
		c := countries[st.CountryCode]
		if st.ParentID == nil || c == nil || st.CountryCode == "TR" || region2Skipped[st.Type] {
			continue
		}
		parent := rg.byStateID[st.ID]
		if parent == "" || g.byID[parent] == nil {
			continue
		}
		id := stateEntryID(st, stateQIDCount, g)
		e := newEntry(id, "LOCATION", "region2", 0) // prior: assignPriors
		e.addName("en", st.Name)
		deb := rg.debian[st.ISO3166]
		addRegionNames(e, st, st.Name, "", deb.I18n, ex)
		// dr5hn's native names of small units are often garbled (Bukwo
		// "Bukyo", Houet "Houetter"): one is kept only when it is the ISO
		// 3166-2 name too (Mantova, West-Vlaanderen).
		var ens []string
		for _, n := range e.names["en"] {
			if n == st.Name || n == deb.Name {
				ens = append(ens, n)
			}
		}
		e.names["en"] = ens
		e.attrs["country"] = c.entry.id
		e.attrs["parent"] = parent
		if st.ISO3166 != "" {
			e.attrs["iso"] = st.ISO3166
		}
		if p := popInt(st.Population); p > 0 {
			e.attrs["population"] = strconv.Itoa(p)
		}
		e.attrs["source"] = "dr5hn"
		keys := map[string]bool{}
		for _, ns := range e.names {
			for _, n := range ns {
				keys[foldKey(n)] = true
			}
		}
		for k := range keys {
			seen[k]++
		}
		cands = append(cands, e)
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].id < cands[j].id })
	added := 0
	for _, e := range cands {
		var lost []string
		for _, l := range []string{"en", "tr", "ru"} {
			var keep []string
			for _, n := range e.names[l] {
				k := foldKey(n)
				if taken[k] || seen[k] > 1 || region2Collides(n, freq) {
					lost = append(lost, n)
					continue
				}
				keep = append(keep, n)
			}
			e.names[l] = keep
			if len(keep) == 0 {
				delete(e.names, l)
			}
		}
		if !e.has("en") || !e.has("tr") {
			fmt.Fprintf(log, "region2 dropped %s %q\n", e.id, lost)
			continue
		}
		if len(lost) > 0 {
			fmt.Fprintf(log, "region2 names dropped %s %q\n", e.id, lost)
		}
		if g.byID[e.id] != nil {
			continue // an ISO code two states share
		}
		if err := g.add(e); err != nil {
			return err
		}
		added++
	}
	fmt.Fprintf(log, "region2: %d of %d second-level states added\n", added, len(cands))
	return nil
}

// region2Collides reports whether a second-level region's name n is one
// word that collides with a word or a given name (see above).
func region2Collides(n string, freq turkishFreq) bool {
	if strings.ContainsAny(n, " -") {
		return false
	}
	if len([]rune(n)) < 4 || commonName(freq, n) || genericRegionName[strings.ToLower(n)] {
		return true
	}
	e, t, r := en.English{}, tr.Turkish{}, ru.Russian{}
	fe := e.Fold(n)
	return e.DictionaryWord(fe) || e.GivenName(fe) || t.GivenName(t.Fold(n)) || r.GivenName(r.Fold(n))
}
