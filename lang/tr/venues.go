package tr

import "strings"

// venueHeads are the folded beginnings of the head nouns of a venue's
// name: stadium (Stadı, Stadyumu, Stadyumunda), arena and mosque (Camii,
// Camisi). News annotation tags a venue as a place, and a tagger that has
// seen few reads the name before the head (a person's, a club's) alone.
// Palaces, hotels, halls and churches are left out: their names name
// bodies too (Çankaya Sarayı, a presidency; a hotel's company).
var venueHeads = [...]string{"stadı", "stadın", "stadyum", "arena", "camii", "camisi", "camisin"}

// VenueHead reports whether norm, a folded word, is the head noun of a
// venue's name in any of its forms (entity's venue heads).
func (Turkish) VenueHead(norm string) bool {
	for _, h := range venueHeads {
		if strings.HasPrefix(norm, h) {
			return true
		}
	}
	return false
}
