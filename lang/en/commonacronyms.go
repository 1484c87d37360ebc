package en

import "github.com/varlik/varlik/lang"

var _ lang.CommonAcronyms = English{}

// CommonNounAcronym reports whether norm, a folded acronym, is a common
// noun (lang.CommonAcronyms): time zones (CDT, GMT), offices (CEO),
// finance (IPO, GDP), media and devices (VHS, DVD, USB, PDF), sports'
// figures (ERA, MVP) and web shorthand (FAQ, FYI). Left out because
// bodies or brands share them: ISO, TV (Telma TV), AI, IT, PR.
func (English) CommonNounAcronym(norm string) bool { return commonAcronyms[norm] }

var commonAcronyms = map[string]bool{
	"cdt": true, "cst": true, "edt": true, "est": true, "pdt": true, "pst": true, "gmt": true, "utc": true,
	"bst": true, "cet": true,
	"ipo": true, "ceo": true, "cfo": true, "coo": true, "cto": true, "gdp": true, "atm": true,
	"vhs": true, "dvd": true, "usb": true, "pdf": true, "gps": true, "sms": true, "suv": true, "hdtv": true,
	"era": true, "mvp": true, "rbi": true,
	"lgbt": true, "lgbtq": true, "hiv": true, "dna": true, "mri": true,
	"faq": true, "diy": true, "asap": true, "fyi": true, "lol": true, "omg": true, "btw": true, "imo": true,
}
