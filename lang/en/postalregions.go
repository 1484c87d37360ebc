package en

import "github.com/varlik/varlik/lang"

var (
	_ lang.PostalRegions     = English{}
	_ lang.PostalRegionNames = English{}
)

// postalRegion is the state or the province a postal code stands for:
// its English name and its ISO 3166-2 code.
type postalRegion struct{ name, iso string }

// postalRegions are the postal codes of the states of the United States
// and its capital district and of the provinces and territories of
// Canada, as addresses write them after a town (lang.PostalRegions), with
// the regions they stand for (lang.PostalRegionNames). A code is the
// second part of the region's ISO 3166-2 code.
var postalRegions = func() map[string]postalRegion {
	us := map[string]string{
		"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
		"CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
		"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
		"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
		"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
		"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
		"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
		"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
		"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
		"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
	}
	ca := map[string]string{
		"AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
		"NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
		"ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
	}
	out := make(map[string]postalRegion, len(us)+len(ca))
	for code, name := range us {
		out[code] = postalRegion{name, "US-" + code}
	}
	for code, name := range ca {
		out[code] = postalRegion{name, "CA-" + code}
	}
	return out
}()

// PostalRegion reports whether word, as written, is a US state's or a
// Canadian province's postal code (lang.PostalRegions): "Chillicothe, OH".
func (English) PostalRegion(word string) bool {
	_, ok := postalRegions[word]
	return ok
}

// PostalRegionName returns the name and the ISO 3166-2 code of the US
// state or the Canadian province whose postal code word is, as written
// (AZ: Arizona, US-AZ; QC: Quebec, CA-QC), and "", "" for another word
// (lang.PostalRegionNames).
func (English) PostalRegionName(word string) (name, iso string) {
	r := postalRegions[word]
	return r.name, r.iso
}
