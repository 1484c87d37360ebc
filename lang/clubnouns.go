package lang

// ClubNouns is implemented by a language whose noun for a club or a
// sports team may stand right before the team's name in apposition
// (Russian "клуб Уракан", "командой Боруссия Дортмунд"), a name the
// tagger, not knowing it, reads as the town or the person it is named
// after.
type ClubNouns interface {
	// ClubNoun reports whether a folded word is a form of such a noun.
	ClubNoun(norm string) bool
}
