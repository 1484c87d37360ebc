package main

import "strings"

// Region names that would be wrong or unusable bare. dr5hn names Russian
// and Ukrainian oblasts by their stem ("Samara", "Cherkaska") with the
// city's Russian name ("Самара"), and some regions by a bare compass word
// ("Central", "Norte"). qualifyRegion uses Debian iso-codes (ISO 3166-2)
// to tell: a region whose Russian ISO name is an oblast or krai gets
// " Oblast"/" Krai" (tr "Oblastı"/"Krayı") and that Russian name; a bare
// generic name becomes its ISO name or is followed by its ISO category
// ("Central Region", "Norte Province"); the bare word, which would match
// any text, is dropped.

// oblastCountry are the countries whose oblasts English calls "Oblast".
var oblastCountry = map[string]bool{"RU": true, "UA": true, "BY": true, "KZ": true, "KG": true}

// genericRegionName are names that say only where a region lies.
var genericRegionName = map[string]bool{"central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "north": true, "south": true, "east": true, "west": true, "norte": true, "sur": true,
	"centre": true, "center": true, "centro": true, "nord": true, "sud": true, "est": true, "ouest": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "upper east": true, "upper west": true,
	"capital": true}

// genericRegionTr are dr5hn's Turkish translations of those words.
var genericRegionTr = map[string]bool{"Başkent": true, "Doğu": true, "Batı": true, "Kuzey": true, "Güney": true, "Merkez": true,
	"Orta": true, "Kuzeydoğu": true, "Kuzeybatı": true, "Güneydoğu": true, "Güneybatı": true}

func qualifyRegion(e *entry, deb debianSub) {
	en := e.names["en"][0]
	ru := deb.I18n["ru"].Name
	for _, k := range []struct{ ru, en, tr string }{{" область", " Oblast", " Oblastı"}, {" край", " Krai", " Krayı"}} {
		// Latvian novads and Czech kraj are "край" in Russian too.
		if !oblastCountry[strings.SplitN(deb.Code, "-", 2)[0]] || (k.en == " Krai" && !strings.HasPrefix(deb.Code, "RU-")) {
			continue
		}
		isoName := strings.ToLower(deb.Name) // "Viciebskaja voblasć" has no Russian name in Debian
		oblast := strings.HasSuffix(ru, k.ru) || (k.en == " Oblast" && ru == "" &&
			(strings.HasSuffix(isoName, " oblast'") || strings.HasSuffix(isoName, " oblast") || strings.HasSuffix(isoName, " voblasć")))
		if !oblast || strings.Contains(strings.ToLower(en), strings.ToLower(strings.TrimSpace(k.en))) ||
			strings.Contains(en, "Region") {
			continue
		}
		e.setPreferred("en", en+k.en)
		e.setPreferred("tr", e.names["tr"][0]+k.tr)
		delete(e.names, "ru") // dr5hn's is the city's
		e.addName("ru", ru)
		return
	}
	if !genericRegionName[strings.ToLower(en)] {
		return
	}
	// The ISO name when it extends the bare word, else the word and the ISO
	// category ("Al Janūbī" District → "Southern District"); without an ISO
	// entry (Hong Kong, American Samoa have none) "District".
	q := deb.Name
	if !strings.HasPrefix(q, en) || len(q) <= len(en) {
		kind := "District"
		if f := strings.Fields(deb.Type); len(f) > 0 {
			kind = f[len(f)-1]
		}
		q = en + " " + strings.ToUpper(kind[:1]) + kind[1:]
	}
	if len(q) > len(en) && strings.HasPrefix(q, en) {
		for _, l := range []string{"en", "tr"} { // a bare compass word (or dr5hn's "Doğu") matches everywhere
			var keep []string
			for _, n := range e.names[l] {
				if !genericRegionName[strings.ToLower(n)] && !genericRegionTr[n] {
					keep = append(keep, n)
				}
			}
			e.names[l] = keep
			e.setPreferred(l, q)
		}
		delete(e.names, "ru") // dr5hn's is the bare word transliterated ("Норте")
	}
}

// dropSeatPopulations removes a region's population when it is no more
// than twice that of the same-named seat in GeoNames: dr5hn then gives
// the town's figure for the county (Békés 19,763, Bern 134,794).
func dropSeatPopulations(g *gazetteer, cs *cities, rg *regions) {
	for code, list := range rg.byCountry {
		for _, r := range list {
			pop := atoi(r.attrs["population"])
			if r.subtype != "region" || pop == 0 {
				continue
			}
			if seat := matchGeoNamesByName(cs.geoBy[code], rg.origName[r.id], "", 0, 0); seat != nil && pop < 2*seat.pop {
				delete(r.attrs, "population")
			}
		}
	}
}
