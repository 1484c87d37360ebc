package en

import "github.com/varlik/varlik/lang"

var _ lang.LeadingOrgHeads = English{}

// LeadingOrgHead reports whether word, as written, is the head noun that
// opens a foreign company's, bank's or institution's name that English
// news keeps as written (lang.LeadingOrgHeads): Banco Santander, Banca
// Commerciale Italiana, Banque Paribas, Grupo Televisa, Groupe Danone,
// Compagnie Generale, Societe Generale, Caja Madrid, Koninklijke Ahold.
// Adjectives that open such names as often as other names (Deutsche of
// Deutsche Mark, Norsk, Nippon) are left out.
func (English) LeadingOrgHead(word string) bool {
	switch word {
	case "Banco", "Banca", "Banque", "Grupo", "Groupe", "Gruppo", "Compañía", "Compania", "Compagnie",
		"Companhia", "Società", "Societa", "Société", "Societe", "Sociedad", "Sociedade", "Caja", "Caixa", "Caisse",
		"Koninklijke", "Aktiebolaget", "Kabushiki", "Corporación", "Corporacion", "Industrias", "Empresa", "Empresas":
		return true
	}
	return false
}

// LeadingNameParticle reports whether word, as written, is a lower-case
// particle between the words of such a name (lang.LeadingOrgHeads):
// Banco de Santander, Caisse des Depots, Caja de Ahorros y Monte.
func (English) LeadingNameParticle(word string) bool {
	switch word {
	case "de", "des", "del", "della", "di", "do", "du", "da", "dos", "y", "e":
		return true
	}
	return false
}
