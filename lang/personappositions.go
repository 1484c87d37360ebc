package lang

// PersonAppositions is implemented by a language that writes after a
// person's name, between commas, what only a person has: a relative
// pronoun for people ("Woods , who dragged himself"), the age ("West ,
// 41 , has been") or a role ("Sutopo Purwo Nugroho , the agency 's
// spokesman ,"). A one-word name there, a surname, is one the tagger
// misses or reads as a place, and an unknown foreign name one it may read
// as an organization.
type PersonAppositions interface {
	// PersonRelative reports whether a folded word (Token.Norm) right
	// after a name and its comma refers only to a person (who, whose).
	PersonRelative(norm string) bool
	// AgeAfterName reports whether the language writes a person's age as
	// a bare number between commas after the name.
	AgeAfterName() bool
	// RoleOpener reports whether a folded word may open an apposition
	// that names a person's role (the article: "the agency 's spokesman").
	RoleOpener(norm string) bool
}
