package main

import (
	"strings"
	"unicode"
)

// Country names come from Unicode CLDR (preferred form per language) and
// i18n-iso-countries (aliases such as ABD, A.B.D.); mledoze/countries adds
// official names and the English demonym, dr5hn the Wikidata QID, capital
// and population. dr5hn's own name translations are machine-made (its
// Arabic name of Turkey is the bird) and are not used for countries.

// cldrLangs are the CLDR locales copied to the shared data.
var cldrLangs = []string{"tr", "en", "ru", "ar", "fa", "de", "fr", "es", "it", "pt", "nl", "pl",
	"uk", "az", "kk", "uz", "ky", "el", "bg", "he", "hi", "zh", "ja", "ko", "ka", "hy", "sr", "ro", "hu"}

// partiallyRecognised are states that mledoze marks non-independent but
// that news text treats as countries.
var partiallyRecognised = map[string]bool{"XK": true, "PS": true, "TW": true, "EH": false}

type country struct {
	iso2, iso3 string
	entry      *entry
	capital    string // English capital name (dr5hn, else mledoze)
	population int
	region     string // dr5hn continent: Europe, Americas, Asia, Africa, Oceania
	timezones  []string
}

type dr5hnCountry struct {
	Name        string `json:"name"`
	ISO2        string `json:"iso2"`
	ISO3        string `json:"iso3"`
	Capital     string `json:"capital"`
	Native      string `json:"native"`
	Population  int    `json:"population"`
	Nationality string `json:"nationality"`
	Region      string `json:"region"`
	WikiDataID  string `json:"wikiDataId"`
	Timezones   []struct {
		ZoneName string `json:"zoneName"`
	} `json:"timezones"`
}

type mledozeCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  bool     `json:"independent"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Translations map[string]struct {
		Official string `json:"official"`
		Common   string `json:"common"`
	} `json:"translations"`
	Demonyms map[string]struct {
		M string `json:"m"`
	} `json:"demonyms"`
}

type cldrTerritories struct {
	Main map[string]struct {
		LocaleDisplayNames struct {
			Territories map[string]string `json:"territories"`
		} `json:"localeDisplayNames"`
	} `json:"main"`
}

// mledozeLang maps mledoze's ISO 639-3 translation keys to our codes.
var mledozeLang = map[string]string{"tur": "tr", "rus": "ru", "deu": "de", "fra": "fr", "spa": "es",
	"ara": "ar", "per": "fa", "zho": "zh", "ita": "it", "jpn": "ja", "kor": "ko", "pol": "pl", "nld": "nl"}

// loadCountries builds one entry per ISO 3166-1 code.
func loadCountries(s src) (map[string]*country, error) {
	var codes [][]string
	if err := s.json(&codes, "i18n-iso-countries", "codes.json"); err != nil {
		return nil, err
	}
	var dr []dr5hnCountry
	if err := s.json(&dr, "dr5hn-csc", "countries.json"); err != nil {
		return nil, err
	}
	drBy := map[string]dr5hnCountry{}
	for _, c := range dr {
		drBy[c.ISO2] = c
	}
	var ml []mledozeCountry
	if err := s.json(&ml, "mledoze-countries", "countries.json"); err != nil {
		return nil, err
	}
	mlBy := map[string]mledozeCountry{}
	for _, c := range ml {
		mlBy[c.CCA2] = c
	}
	cldr := map[string]map[string]string{}
	for _, l := range cldrLangs {
		var t cldrTerritories
		if err := s.json(&t, "cldr", "territories", l+".json"); err != nil {
			return nil, err
		}
		cldr[l] = t.Main[l].LocaleDisplayNames.Territories
	}
	i18n := map[string]map[string]stringList{}
	for _, l := range cldrLangs {
		var f struct {
			Countries map[string]stringList `json:"countries"`
		}
		if err := s.json(&f, "i18n-iso-countries", "langs", l+".json"); err != nil {
			continue // not every CLDR locale exists there
		}
		i18n[l] = f.Countries
	}

	iso3 := map[string]string{}
	for _, c := range codes {
		iso3[c[0]] = c[1]
	}
	for _, c := range dr { // codes.json lacks Kosovo
		if iso3[c.ISO2] == "" {
			iso3[c.ISO2] = c.ISO3
		}
	}
	out := map[string]*country{}
	for code, a3 := range iso3 {
		d, m := drBy[code], mlBy[code]
		id := d.WikiDataID
		if id == "" {
			id = "iso:" + code
		}
		sub, prior := "territory", 0.85
		if m.Independent || partiallyRecognised[code] {
			sub, prior = "country", 0.95
		}
		e := newEntry(id, "LOCATION", sub, prior)
		for _, l := range cldrLangs {
			e.addName(l, cldr[l][code])
		}
		for _, l := range cldrLangs {
			for _, n := range i18n[l][code] {
				e.addName(l, n)
			}
			for _, alt := range []string{"-alt-short", "-alt-variant"} {
				e.addName(l, cldr[l][code+alt])
			}
		}
		e.addName("en", m.Name.Common)
		e.addName("en", m.Name.Official)
		for k, l := range mledozeLang {
			t := m.Translations[k]
			e.addName(l, fixCase(l, t.Common))
			e.addName(l, fixCase(l, t.Official))
		}
		e.attrs["iso"] = code
		e.attrs["iso3"] = a3
		if dm := m.Demonyms["eng"].M; dm != "" {
			e.attrs["demonym_en"] = dm
		}
		e.attrs["source"] = "cldr,i18n-iso-countries,mledoze,dr5hn"
		c := &country{iso2: code, iso3: a3, entry: e, capital: d.Capital, population: d.Population, region: d.Region}
		if c.capital == "" && len(m.Capital) > 0 {
			c.capital = m.Capital[0]
		}
		for _, tz := range d.Timezones {
			c.timezones = append(c.timezones, tz.ZoneName)
		}
		out[code] = c
	}
	return out, nil
}

// fixCase upper-cases the first letter of a name that a source gives in
// lower case (mledoze has "çin"), using Turkish casing for Turkish.
func fixCase(lang, s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if !unicode.IsLower(r[0]) {
		return s
	}
	if lang == "tr" || lang == "az" {
		return strings.ToUpperSpecial(unicode.TurkishCase, string(r[0])) + string(r[1:])
	}
	return string(unicode.ToUpper(r[0])) + string(r[1:])
}
