package main

import (
	"sort"
	"strings"
)

// CLDR time-zone exemplar cities give cities their Turkish and Russian names.

// tzRenamed maps current IANA zone names (as dr5hn lists them) to the
// older IDs CLDR keeps as its keys.
var tzRenamed = map[string]string{"Europe/Kyiv": "Europe/Kiev", "Asia/Kolkata": "Asia/Calcutta",
	"Asia/Ho_Chi_Minh": "Asia/Saigon", "Asia/Yangon": "Asia/Rangoon", "Asia/Kathmandu": "Asia/Katmandu",
	"America/Nuuk": "America/Godthab", "Atlantic/Faroe": "Atlantic/Faeroe", "Pacific/Chuuk": "Pacific/Truk",
	"Pacific/Pohnpei": "Pacific/Ponape", "Pacific/Kanton": "Pacific/Enderbury"}

type cldrZones struct {
	Main map[string]struct {
		Dates struct {
			TimeZoneNames struct {
				Zone map[string]map[string]any `json:"zone"`
			} `json:"timeZoneNames"`
		} `json:"dates"`
	} `json:"main"`
}

// exemplarNames flattens CLDR zone trees into tz id → exemplar city.
func exemplarNames(s src, lang string) (map[string]string, error) {
	var z cldrZones
	if err := s.json(&z, "cldr", "timezone-exemplar-cities", lang+".json"); err != nil {
		return nil, err
	}
	out := map[string]string{}
	var walk func(prefix string, m map[string]any)
	walk = func(prefix string, m map[string]any) {
		if ex, ok := m["exemplarCity"].(string); ok {
			out[prefix] = ex
			return
		}
		for k, v := range m {
			if sub, ok := v.(map[string]any); ok {
				walk(prefix+"/"+k, sub)
			}
		}
	}
	for area, zones := range z.Main[lang].Dates.TimeZoneNames.Zone {
		walk(area, zones)
	}
	return out, nil
}

// applyExemplarCities makes CLDR's Turkish and Russian exemplar city names
// the preferred names of the matching cities.
func applyExemplarCities(s src, cs *cities, countries map[string]*country) error {
	en, err := exemplarNames(s, "en")
	if err != nil {
		return err
	}
	tr, err := exemplarNames(s, "tr")
	if err != nil {
		return err
	}
	ru, err := exemplarNames(s, "ru")
	if err != nil {
		return err
	}
	tzCountry := map[string]string{}
	codes := make([]string, 0, len(countries))
	for code := range countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes { // a zone shared by countries (Arctic/Longyearbyen: NO, SJ) goes to the first
		for _, tz := range countries[code].timezones {
			if _, seen := tzCountry[tz]; !seen {
				tzCountry[tz] = code
			}
		}
	}
	zones := make([]string, 0, len(tzCountry))
	for tz := range tzCountry {
		zones = append(zones, tz)
	}
	sort.Strings(zones)
	for _, tz := range zones {
		code := tzCountry[tz]
		if old, ok := tzRenamed[tz]; ok {
			tz = old
		}
		name := en[tz]
		if name == "" {
			name = strings.ReplaceAll(tz[strings.LastIndex(tz, "/")+1:], "_", " ")
		}
		ct := cs.find(code, name)
		if ct == nil {
			continue
		}
		if t := tr[tz]; t != "" {
			ct.e.setPreferred("tr", t)
		}
		// CLDR ru names America/Miquelon's exemplar Saint-Pierre "Микелон":
		// a name that renders the zone ID, not the exemplar, is skipped.
		last := strings.ReplaceAll(tz[strings.LastIndex(tz, "/")+1:], "_", " ")
		if r := ru[tz]; r != "" && !rendersZoneID(r, last, name) {
			ct.e.setPreferred("ru", r)
		}
		ct.e.setPreferred("en", name)
	}
	return nil
}

// rendersZoneID reports whether the Russian exemplar r begins like the
// zone ID's city and unlike the English exemplar (a first-letter test:
// Киев for Kiev/Kyiv and Хошимин for Saigon/Ho Chi Minh pass).
func rendersZoneID(r, zoneCity, exemplar string) bool {
	first := func(s string) byte {
		if s == "" {
			return 0
		}
		return s[0]
	}
	lr := first(foldKey(cyrToLatin(r)))
	return lr != first(foldKey(exemplar)) && lr == first(foldKey(zoneCity))
}
