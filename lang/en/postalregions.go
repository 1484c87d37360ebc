package en

import "github.com/varlik/varlik/lang"

var _ lang.PostalRegions = English{}

// postalRegions are the postal codes of the states of the United States
// and its capital district and of the provinces and territories of
// Canada, as addresses write them after a town (lang.PostalRegions).
var postalRegions = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true, "DC": true,
	"FL": true, "GA": true, "HI": true, "ID": true, "IL": true, "IN": true, "IA": true, "KS": true, "KY": true,
	"LA": true, "ME": true, "MD": true, "MA": true, "MI": true, "MN": true, "MS": true, "MO": true, "MT": true,
	"NE": true, "NV": true, "NH": true, "NJ": true, "NM": true, "NY": true, "NC": true, "ND": true, "OH": true,
	"OK": true, "OR": true, "PA": true, "RI": true, "SC": true, "SD": true, "TN": true, "TX": true, "UT": true,
	"VT": true, "VA": true, "WA": true, "WV": true, "WI": true, "WY": true,
	"AB": true, "BC": true, "MB": true, "NB": true, "NL": true, "NS": true, "NT": true, "NU": true, "ON": true,
	"PE": true, "QC": true, "SK": true, "YT": true,
}

// PostalRegion reports whether word, as written, is a US state's or a
// Canadian province's postal code (lang.PostalRegions): "Chillicothe, OH".
func (English) PostalRegion(word string) bool { return postalRegions[word] }
