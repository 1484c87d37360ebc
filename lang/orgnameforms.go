package lang

// OrganizationNameForms is implemented by a language that can tell, within a
// name, the head noun of an organization's name (Russian университета,
// церкви, комитет) from a word that only begins like one (the adjective
// Советского, the country Армении), and the adjectives that stand before
// the head: a place's name of several words that holds such a head names
// an organization ("Университета Мичигана", "Епископальной церкви"), and
// so do a capitalized adjective and a head after it ("Верховный суд",
// "Национальная метеорологическая служба"). OrganizationHeads, simpler,
// only lists the head nouns that end a name.
type OrganizationNameForms interface {
	// HeadsOrganization reports whether a folded word of a name of two or
	// more words is the head noun of an organization's name.
	HeadsOrganization(norm string) bool
	// HeadAlone reports whether a folded word is an organization's head
	// noun whole, in any case (Russian Сенате, Центра, not Армении, which
	// only begins like армия): capitalized, it names the body alone.
	HeadAlone(norm string) bool
	// CompoundHead reports whether a folded word joins a shortened word
	// to an organization's head (Russian Евросоюз, Еврокомиссия,
	// Генассамблея): one word that names an organization alone.
	CompoundHead(norm string) bool
	// Adjective reports whether a folded word is an adjective that may
	// stand before the head in an organization's name (Russian: not a
	// nominative plural, which names a kind of body).
	Adjective(norm string) bool
}

// OrganizationNamedAfter is implemented by a language whose organizations'
// names go on after their head with a word that introduces the person
// they are named after (Russian имени: театр имени Станиславского): the
// person's name is a word of the organization's.
type OrganizationNamedAfter interface {
	// NamedAfter reports whether a folded lower-case word introduces the
	// name an organization is named after.
	NamedAfter(norm string) bool
}
