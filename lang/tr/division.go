package tr

// divisionStems are the stems of the nouns of administrative divisions
// (lang.PlaceDivisions): state, province, district, region, city, town,
// village, neighbourhood, and the Ottoman vilayet, sancak and kaza. The
// province, il, is listed by its forms, since "il" begins ile, ilk and
// ilgili. Natural features (nehri, dağı, adası, yarımadası) are left out:
// annotation keeps them inside the name as often as not (Nil nehrinin,
// Kore yarımadasının).
var divisionStems = []string{
	"eyalet", "ilçe", "bölge", "şehr", "şehir", "kent", "kasaba", "belde", "köy", "mahalle",
	"vilayet", "sancağ", "sancak", "kaza",
}

// provinceForms are the forms of il (province) that follow a name.
var provinceForms = map[string]bool{
	"ili": true, "iline": true, "ilinde": true, "ilindeki": true, "ilinin": true, "ilinden": true, "iller": true,
}

// DivisionNoun reports whether norm, a folded word, is an administrative
// division's noun (lang.PlaceDivisions): eyaletinin, ilçesine, ilinin.
func (Turkish) DivisionNoun(norm string) bool {
	if provinceForms[norm] {
		return true
	}
	return divisionIndex.startsAny(norm)
}
