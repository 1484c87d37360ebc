package en

import "github.com/varlik/varlik/lang"

var _ lang.LegalForms = English{}

// LegalForm reports whether word, as written, is the legal form that ends
// a company's name (Halvorsen Plc, Brunnwald AG, Montreux SA, Vandermeer
// NV, Norvex Corp): a name that ends in one is a company's, whatever its
// other words are (a town, a family name). Business news keeps the forms
// of many countries. They are matched as written, capitals and all: "sa"
// or "ab" in lower case are other words; a headline in capitals has its
// own spelling of them (NORVEX CORP).
func (English) LegalForm(word string) bool {
	switch word {
	case "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "LLP", "Co", "Co.",
		"AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "GmbH", "SpA", "S.p.A.", "Bhd", "AB", "ASA", "Oyj", "Pty",
		"KGaA", "SAB", "S.A.B.",
		// as a headline in capitals writes them
		"INC", "INC.", "CORP", "CORP.", "LTD", "LTD.", "BHD", "GMBH", "SPA", "OYJ", "PTY":
		return true
	}
	return false
}
