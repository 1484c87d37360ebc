package tr

import "github.com/varlik/varlik/lang"

var _ lang.LegalForms = Turkish{}

// LegalForm reports whether word, as written, is the legal form that ends a
// company's name (lang.LegalForms): Turkish A.Ş., Ltd. and Şti., and the
// foreign forms Turkish news keeps as the company writes them (Adriftmorn
// Limited, Brunnwald AG, Norvex Corp). A name that ends in one is a
// company's, whatever its other words are (a town, a family name). They
// are matched as written, capitals and all: "ag" or "sa" in lower case are
// other words.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with:
// NTREX Turkish dev 0.8965 → 0.8971 (Adriftmorn Limited, read as a
// person), -doc 10 0.9136 → 0.9143, -articles 0.9221 → 0.9227; the
// Milliyet dev split and Turkish Wiki NER dev unchanged.
func (Turkish) LegalForm(word string) bool {
	switch word {
	case "A.Ş.", "A.Ş", "AŞ", "Ltd", "Ltd.", "Şti", "Şti.", "Limited", "LİMİTED",
		"Inc", "Inc.", "Corp", "Corp.", "Plc", "PLC", "LLC", "GmbH", "AG", "S.A.", "N.V.", "B.V.", "SpA", "S.p.A.":
		return true
	}
	return false
}
