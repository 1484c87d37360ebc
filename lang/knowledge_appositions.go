package lang

// OrganizationAppositions is implemented by a language that writes an
// organization's kind as a noun right before its name ("accessories brand
// Truly", "CBS affiliate WAFB", "perfume retailer the Fragrance Shop"): the
// name after such a noun is an organization's, however a tagger read it,
// or whether it read it at all.
type OrganizationAppositions interface {
	// KindBefore reports whether a folded word (Token.Norm) is the
	// singular noun of a kind of organization: brand, retailer, affiliate.
	KindBefore(norm string) bool
	// Article reports whether a folded word is an article. One between
	// the kind's noun and the name is skipped; one before the noun makes
	// the noun the head of a phrase that may go on with a clause ("the
	// company Smith founded"), and the name is not taken as the kind's.
	Article(norm string) bool
}

// PossessiveNames is implemented by a language whose possessive ending is
// a token of its own and may stand inside a name, before the name's head
// noun ("Rady Children 's Hospital", "Beacon 's Beach").
type PossessiveNames interface {
	// PossessiveInName reports whether a folded Suffix token is such an
	// ending.
	PossessiveInName(suffix string) bool
	// PossessiveHead reports whether a folded word may end such a name:
	// a place or an institution named after its founder or patron
	// (hospital, office, beach), not a body that a place owns
	// (parliament, army: "Britain 's Parliament").
	PossessiveHead(norm string) bool
}

// OrganizationNounsAfter is implemented by a language that names the kind
// of an organization, or a member or a part of it, after its name in a
// compound whose noun takes the possessive ending (Turkish "Goop markası",
// "Brink çalışanı", "Face++ firmasına"): the name before such a noun is an
// organization's, where the tagger read a person or nothing.
type OrganizationNounsAfter interface {
	// OrganizationNounAfter reports whether a folded lower-case word right
	// after a name is such a noun.
	OrganizationNounAfter(norm string) bool
}
