package lang

// OrganizationHeads is implemented by a language that knows more head
// nouns of organizations' names (Polisi, Servisi, Komitesi, Mahkeme) than
// the OrgHead cues of its NameCues. The cues are features of the shipped
// models, which a longer list would silently change; these words serve
// only the rules that run after the model (recognize: a place widened to the
// head of the body named after it, a body named by capitalized words up
// to its head).
type OrganizationHeads interface {
	// EndsOrganization reports whether a folded word (Token.Norm) is the
	// head noun that ends an organization's name.
	EndsOrganization(norm string) bool
}
