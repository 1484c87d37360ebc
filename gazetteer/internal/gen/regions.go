package main

import (
	"strconv"
	"strings"
)

// First-level regions worldwide from dr5hn states (those without a parent).
// dr5hn's translations are machine-made ("Van" → "Kamyonet"), so a Turkish
// name is kept only when it equals the English or native name up to
// diacritics, when Debian iso-codes (a build-time cross-check only, never
// shipped) has the same Turkish name, or when curated/exonyms.tsv gives it;
// otherwise the English name serves for Turkish too. A Russian name is
// kept when Debian agrees or it sounds like the English/native name.

type regions struct {
	stateType map[string]string            // entry ID → dr5hn state type ("city", "oblast", ...)
	origName  map[string]string            // entry ID → dr5hn name before disambiguation
	byStateID map[int]string               // dr5hn state id → entry ID (top level)
	byCountry map[string][]*entry          // iso2 → region entries
	byAdmin   map[string]map[string]*entry // iso2 → foldKey(name)/fips/iso2 → region
	debian    map[string]debianSub         // ISO 3166-2 code → Debian's names (a cross-check, never shipped)
}

type debianSub struct {
	Code string     `json:"code"`
	Name string     `json:"name"` // ISO 3166-2 name (English or romanised)
	Type string     `json:"type"` // ISO 3166-2 category: Region, Province, ...
	I18n debianI18n `json:"i18n"`
}

// debianI18n maps a language code to an ISO 3166-2 name's translation.
type debianI18n map[string]struct {
	Name string `json:"name"`
}

func buildRegions(s src, g *gazetteer, states []dr5hnState, stateQIDCount map[string]int,
	countries map[string]*country, tk *turkey, ex exonyms) (*regions, error) {
	var deb []debianSub
	if err := s.json(&deb, "debian-iso-codes", "iso_3166-2.i18n.json"); err != nil {
		return nil, err
	}
	debBy := map[string]debianSub{}
	for _, d := range deb {
		debBy[d.Code] = d
	}
	parent := map[int]int{}
	for _, st := range states {
		if st.ParentID != nil {
			parent[st.ID] = *st.ParentID
		}
	}
	// Two top-level states of one country with one name are a city and
	// the region around it (Moscow and Moscow Oblast, Minsk and Minsk
	// Region): the one that is not city-like gets the qualified name.
	sameName := map[string]int{}
	for _, st := range states {
		if st.ParentID == nil {
			sameName[st.CountryCode+"|"+foldKey(st.Name)]++
		}
	}
	r := &regions{stateType: map[string]string{}, origName: map[string]string{}, byStateID: map[int]string{}, byCountry: map[string][]*entry{}, byAdmin: map[string]map[string]*entry{}, debian: debBy}
	for _, st := range states {
		if st.ParentID != nil {
			continue
		}
		c := countries[st.CountryCode]
		if c == nil {
			continue
		}
		if st.CountryCode == "TR" {
			plate := strings.TrimPrefix(st.ISO3166, "TR-")
			if id := tk.provinceID[plate]; id != "" {
				r.byStateID[st.ID] = id
				r.index(st, g.byID[id])
			}
			continue
		}
		id := stateEntryID(st, stateQIDCount, g)
		e := newEntry(id, "LOCATION", "region", 0) // prior: assignPriors
		en, renamed := st.Name, false
		if sameName[st.CountryCode+"|"+foldKey(en)] > 1 && !cityLikeState[st.Type] {
			en, renamed = qualifiedRegionName(en, st.Type), true
		}
		e.addName("en", en)
		deb := debBy[st.ISO3166].I18n
		if renamed {
			deb = nil // its translations name the city
			st.Translations = nil
			st.Native = ""
		}
		fallbackTr := ""
		if renamed {
			fallbackTr = st.Name + map[bool]string{true: " Oblastı", false: " Bölgesi"}[strings.HasSuffix(en, " Oblast")]
		}
		addRegionNames(e, st, en, fallbackTr, deb, ex)
		if !renamed {
			qualifyRegion(e, debBy[st.ISO3166])
		}
		// A row keyed by the region's ISO code has the last word: it names
		// regions whose source names change between snapshots (Chechen,
		// Donetska), after qualifyRegion's oblasts.
		if x, ok := ex.lookupISO("region", st.CountryCode, st.ISO3166); ok {
			e.setPreferred("tr", x.tr)
			e.setPreferred("ru", x.ru)
			if x.en != "" {
				e.setPreferred("en", x.en)
			}
		}
		e.attrs["country"] = c.entry.id
		if st.ISO3166 != "" {
			e.attrs["iso"] = st.ISO3166
		}
		if p := popInt(st.Population); p > 0 {
			e.attrs["population"] = strconv.Itoa(p)
		}
		e.attrs["source"] = "dr5hn"
		if err := g.add(e); err != nil {
			return nil, err
		}
		r.byStateID[st.ID] = id
		r.stateType[id] = st.Type
		r.origName[id] = st.Name
		r.index(st, e)
	}
	// Lower-level states point at their top-level ancestor.
	for _, st := range states {
		id, top := st.ID, st.ID
		for i := 0; i < 8; i++ {
			p, ok := parent[top]
			if !ok {
				break
			}
			top = p
		}
		if rid, ok := r.byStateID[top]; ok {
			r.byStateID[id] = rid
		}
	}
	return r, nil
}

// addRegionNames gives region e, whose English name is en, its Turkish,
// Russian and native names from dr5hn state st under the checks above:
// a curated exonym, else dr5hn's Turkish name when it equals the English
// or native one up to diacritics or Debian's (deb), else fallbackTr, else
// the English name; a Russian name Debian or its sound bears out; a Latin
// native name that begins like the English one.
func addRegionNames(e *entry, st dr5hnState, en, fallbackTr string, deb debianI18n, ex exonyms) {
	tr := ""
	if x, ok := ex.lookup("region", st.CountryCode, en); ok {
		tr = x.tr
		e.addName("ru", x.ru)
	} else if t := st.Translations["tr"]; t != "" && (foldKey(t) == foldKey(en) || foldKey(t) == foldKey(st.Native) || t == deb["tr"].Name) {
		tr = t
	}
	if tr == "" {
		tr = fallbackTr
	}
	if tr == "" {
		tr = en
	}
	e.addName("tr", tr)
	if ru := st.Translations["ru"]; ru != "" && ruBorneOut(ru, st.CountryCode, deb["ru"].Name, en, st.Native) {
		e.addName("ru", ru)
	}
	// dr5hn's Latin "native" names are sometimes machine translations
	// (Shiselweni "Suspend", Ouangani "Ambitieux"): kept only when they
	// begin like the name (Lombardia, Baselland), and not when they are
	// the name cut short (Laborie "Labor").
	if st.Native != "" && st.Native != en && isLatin(st.Native) && samePrefix(st.Native, en, 3) &&
		!strings.EqualFold(st.Native, en) && // "MiRNA" for Mirna
		!(strings.HasPrefix(foldKey(en), foldKey(st.Native)) && foldKey(en) != foldKey(st.Native)) {
		e.addName("en", st.Native)
	}
}

func (r *regions) index(st dr5hnState, e *entry) {
	m := r.byAdmin[st.CountryCode]
	if m == nil {
		m = map[string]*entry{}
		r.byAdmin[st.CountryCode] = m
	}
	for _, k := range []string{"name:" + regionKey(st.Name), "name:" + regionKey(st.Native), "fips:" + st.FIPS, "iso:" + st.ISO2} {
		if _, seen := m[k]; !seen && !strings.HasSuffix(k, ":") {
			m[k] = e
		}
	}
	r.byCountry[st.CountryCode] = append(r.byCountry[st.CountryCode], e)
}

// regionKey folds a region name and drops generic words so that GeoNames'
// "Niğde Province" meets dr5hn's "Niğde".
func regionKey(s string) string {
	for _, w := range []string{" Province", " Region", " State", " Oblast", " Prefecture", " Governorate", " County"} {
		s = strings.TrimSuffix(s, w)
	}
	return foldKey(s)
}

// forGeoNames finds the region of a GeoNames admin1 code.
func (r *regions) forGeoNames(country, admin1Code, admin1Name string) *entry {
	m := r.byAdmin[country]
	if m == nil {
		return nil
	}
	if e := m["name:"+regionKey(admin1Name)]; e != nil && admin1Name != "" {
		return e
	}
	if e := m["fips:"+admin1Code]; e != nil {
		return e
	}
	return m["iso:"+admin1Code]
}

func isLatin(s string) bool {
	for _, c := range s {
		if c > 0x024F && c != '’' {
			return false
		}
	}
	return true
}

// popInt reads a population given as a JSON number or string.
func popInt(v any) int {
	switch x := v.(type) {
	case float64:
		return int(x)
	case string:
		f, err := strconv.ParseFloat(x, 64)
		if err == nil {
			return int(f)
		}
	}
	return 0
}

// cityLikeState are dr5hn state types that denote a city (city-states,
// federal and autonomous cities, capital districts).
var cityLikeState = map[string]bool{"city": true, "capital city": true, "autonomous city": true,
	"state city": true, "city with county rights": true, "special municipality": true,
	"metropolitan city": true, "capital district": true, "capital territory": true,
	"federal territory": true, "urban municipality": true, "special city": true,
	"metropolitan administration": true, "special self-governing city": true}

// qualifiedRegionName names the region around a same-named city.
func qualifiedRegionName(name, typ string) string {
	if typ == "oblast" || typ == "administrative region" {
		return name + " Oblast"
	}
	return name + " Region"
}

// samePrefix reports whether a and b fold to keys sharing their first n letters.
func samePrefix(a, b string, n int) bool {
	ka, kb := []rune(foldKey(a)), []rune(foldKey(b))
	return len(ka) >= n && len(kb) >= n && string(ka[:n]) == string(kb[:n])
}

// stateEntryID returns the ID of a dr5hn state's entry: its QID where no
// other state has it and no entry holds it yet, else its ISO 3166-2 code,
// else its dr5hn number.
func stateEntryID(st dr5hnState, stateQIDCount map[string]int, g *gazetteer) string {
	id := st.WikiDataID
	if id == "" || stateQIDCount[id] != 1 || g.byID[id] != nil {
		id = "iso:" + st.ISO3166
		if st.ISO3166 == "" || g.byID[id] != nil {
			id = "dr5hn:state:" + strconv.Itoa(st.ID)
		}
	}
	return id
}
