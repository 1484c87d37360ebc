package lang

// OrganizationHeads is implemented by a language that can tell, within a
// name, the head noun of an organization's name (Russian университета,
// церкви, комитет) from a word that only begins like one (the adjective
// Советского, the country Армении): a place's name of several words that
// holds such a head names an organization ("Университета Мичигана",
// "Епископальной церкви").
type OrganizationHeads interface {
	// HeadsOrganization reports whether a folded word of a name of two or
	// more words is the head noun of an organization's name.
	HeadsOrganization(norm string) bool
}
