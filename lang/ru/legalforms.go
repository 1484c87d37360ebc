package ru

import "github.com/varlik/varlik/lang"

var _ lang.LegalForms = Russian{}

// LegalForm reports whether word, as written, is a legal form that ends a
// company's name (lang.LegalForms): the foreign forms Russian business news
// keeps after a name it writes in Latin letters, as the company writes it
// (Microsoft Corp., Apple Inc., Siemens AG). Russian's own forms (ПАО, ООО,
// АО) stand before the name, in quotation marks, and are not these.
// Matched as written, capitals and all.
func (Russian) LegalForm(word string) bool {
	switch word {
	case "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "Co.",
		"AG", "SE", "S.A.", "N.V.", "B.V.", "GmbH", "SpA", "S.p.A.":
		return true
	}
	return false
}
