package tr

// venueHeads are the folded beginnings of the head nouns of a venue's
// name: stadium (Stadı, Stadyumu, Stadyumunda), arena and mosque (Camii,
// Camisi). News annotation tags a venue as a place, and a tagger that has
// seen few reads the name before the head (a person's, a club's) alone.
// Palaces, hotels, halls and churches are left out: their names name
// bodies too (Çankaya Sarayı, a presidency; a hotel's company); palaces
// have heads of their own, taken with more care (palaceHeads). A park
// (Park, Parkı) names none: NTREX Turkish dev 0.8843 → 0.8847 (-doc 10
// 0.9045 → 0.9049: Central Park), the Milliyet dev split unchanged
// (0.8666), Turkish Wiki NER dev 0.7855 → 0.7850 (Gosford Parkı, Kaesong
// Endüstri Parkı, facilities there). Hotels too (oteli) gave NTREX 0.8850
// and -doc 10 0.9055 (Roa Roa Oteli) but the Milliyet dev split 0.8663, which
// tags hotels as companies.
var venueHeads = [...]string{"stadı", "stadın", "stadyum", "arena", "camii", "camisi", "camisin", "parkı", "parkın"}

// VenueHead reports whether norm, a folded word, is the head noun of a
// venue's name in any of its forms (recognize's venue heads).
func (Turkish) VenueHead(norm string) bool {
	if norm == "park" {
		return true // the English head left as it is (Central Park); not Parkinson
	}
	return venueIndex.startsAny(norm)
}

// leadWords are the folded function and time words that open a sentence
// with their capital only, before a venue's name: yesterday, today,
// tomorrow, this, that, last, next, the days of the week, then, and.
var leadWords = map[string]bool{
	"dün": true, "bugün": true, "yarın": true, "bu": true, "şu": true, "o": true, "geçen": true,
	"gelecek": true, "önceki": true, "bir": true, "her": true, "tüm": true, "bütün": true,
	"pazartesi": true, "salı": true, "çarşamba": true, "perşembe": true, "cuma": true,
	"cumartesi": true, "pazar": true, "akşam": true, "sabah": true, "ardından": true,
	"sonra": true, "ayrıca": true, "ancak": true, "ama": true, "fakat": true, "ve": true,
}

// VenueLead reports whether norm, a folded word, is a function or time
// word that opens a sentence before a venue's name and is no word of the
// name (Dün, Bugün, Bu, Geçen).
func (Turkish) VenueLead(norm string) bool { return leadWords[norm] }
