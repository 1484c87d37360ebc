package lang

// KindDefinitions is implemented by a language that defines a name by the
// noun phrase after it, in apposition or after a copula (English "Staedtler
// , a stationery company with global presence", "Bilka is a Danish chain of
// hypermarkets"): the phrase's head noun says what kind of thing the name
// is, which a tagger that has never seen the name cannot.
type KindDefinitions interface {
	// DefiningHead reports whether a folded lower-case word, heading the
	// defining noun phrase, names a kind of organization that no person
	// and no place is: company, brand, band, charity.
	DefiningHead(norm string) bool
	// Copula reports whether a folded word joins a subject to the noun
	// phrase that defines it (English is, was, are, were).
	Copula(norm string) bool
	// Determiner reports whether a folded word opens the defining noun
	// phrase (English a, an, the).
	Determiner(norm string) bool
	// EndsNounPhrase reports whether a folded lower-case word ends the
	// noun phrase before it: a preposition or a relative word (of, with,
	// that, which), after which its head has been read.
	EndsNounPhrase(norm string) bool
}
