package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.SeatPhrases = Russian{}

// seatAdjectiveStems are the stems of the adjectives of a level of
// administration; before центр they make the common noun of a region's
// seat ("административный центр области — город Пенза", "районный
// центр", "областного центра"), not a body's name as "Научный центр" may be.
var seatAdjectiveStems = newStemList("административн", "районн", "областн", "краев", "окружн", "губернск",
	"уездн", "волостн")

// SeatPhrase reports whether adj, a folded adjective of a level of
// administration, and head, a form of центр, name a region's seat
// (lang.SeatPhrases).
func (Russian) SeatPhrase(adj, head string) bool {
	return strings.HasPrefix(head, "центр") && hasPrefix(adj, seatAdjectiveStems)
}
