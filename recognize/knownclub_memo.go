package recognize

import (
	"hash/maphash"
	"sync/atomic"
)

// knownClubMemoSize is the number of knownClub answers a gazetteer's memo
// keeps.
const knownClubMemoSize = 4096

// knownClubMemo keeps recent answers of knownClub over one gazetteer
// (gazetteerClubs.known): the club rules ask it of every run of
// capitalized words in a sentence about a match, and each question looks
// up the gazetteer under every full name the language forms around the
// name (twelve in Turkish): 2.5% of the instructions of Extract on Turkish
// news. News names the same clubs and players from one document to the
// next (and a text tagged line by line, each line a document, from one
// line to the next). The memo is direct-mapped by a hash of the name,
// bounded, and safe for concurrent use: a slot holds an immutable answer,
// replaced whole, used only when its language code and name are the ones
// asked about, so that clubMemo.knows returns what knownClub would. A
// language code names one language in a process (lang.Register), and so
// one lang.ClubNames.
type knownClubMemo [knownClubMemoSize]atomic.Pointer[knownClubAnswer]

// knownClubAnswer is one memo entry: knownClub's answer for a name in the
// language of code.
type knownClubAnswer struct {
	code, name string
	known      bool
}

// knownClubSeed seeds the memo's hash of names.
var knownClubSeed = maphash.MakeSeed()

// slot returns the memo's slot for name.
func (m *knownClubMemo) slot(name string) *atomic.Pointer[knownClubAnswer] {
	return &m[maphash.String(knownClubSeed, name)%knownClubMemoSize]
}
