package lang

// OrganizationAcronyms is implemented by a language in whose news an
// acronym in its own script that names no place is an organization's more
// often than not (Russian ОБСЕ, ПАСЕ, МАГАТЕ), apart from the acronyms
// that are common nouns (СМИ, ВИЧ), which the language lists.
type OrganizationAcronyms interface {
	// CommonAcronym reports whether a folded acronym is a common noun.
	CommonAcronym(norm string) bool
}

// CapitalLeads is implemented by a language whose news writes the first
// word of an article or a paragraph all in capitals (Turkish "GEÇEN hafta
// yapılan"): such a word opening a sentence is no acronym unless a suffix
// or punctuation shows it to be one ("TBMM'de").
type CapitalLeads interface {
	// LeadsInCapitals reports whether the language's news does so
	// (implementations return true).
	LeadsInCapitals() bool
}

// CommonAcronyms is implemented by a language that lists the acronyms
// that are common nouns (English IPO, VHS, CDT) without the rest of
// OrganizationAcronyms: its news writes acronyms of products, measures and
// titles as often as of bodies, so an acronym no mention holds is not
// made an organization, while a mention of one of these is dropped.
type CommonAcronyms interface {
	// CommonNounAcronym reports whether a folded acronym is a common noun.
	CommonNounAcronym(norm string) bool
}
