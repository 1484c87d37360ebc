package lang

// OrganizationAcronyms is implemented by a language in whose news an
// acronym in its own script that names no place is an organization's more
// often than not (Russian ОБСЕ, ПАСЕ, МАГАТЕ), apart from the acronyms
// that are common nouns (СМИ, ВИЧ), which the language lists.
type OrganizationAcronyms interface {
	// CommonAcronym reports whether a folded acronym is a common noun.
	CommonAcronym(norm string) bool
}
