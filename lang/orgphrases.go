package lang

// OrganizationPhrases is implemented by a language that knows the phrases
// which, right before a name, make it an organization's (English "shares
// in Brunnwald", "analysts at Mortimer", "the chief executive of
// Kessler"): a tagger reads an unknown company named after a family or a
// town as a person or the town.
type OrganizationPhrases interface {
	// OrganizationAfter reports whether a folded preposition right before
	// a name, with the folded word before it, makes the name an
	// organization's.
	OrganizationAfter(prev, norm string) bool
}
