package lang

// LeadingOrgHeads is implemented by a language whose news keeps the names
// of foreign companies and banks as their own languages write them, with
// the head noun first (English text's "Banco Popular", "Grupo Televisa",
// "Societe Generale", "Koninklijke Bibliotheek"): the head says the name is
// an organization's whatever the words after it are (a town, a surname).
type LeadingOrgHeads interface {
	// LeadingOrgHead reports whether a word, as written, is such a head.
	LeadingOrgHead(word string) bool
	// LeadingNameParticle reports whether a lower-case word, as written,
	// may join two words of such a name (Banco de Santander).
	LeadingNameParticle(word string) bool
}
