package en

import "github.com/varlik/varlik/lang"

var _ lang.CompanyContext = English{}

// MarksCompany reports whether norm, a folded word right after a name,
// makes the name a company's even where no tagger found it
// (lang.CompanyContext): "Daimler-Benz shares", "Iomega shareholders".
// Left out because places and people have them too: stores (London
// stores), employees, spokesman (a Kremlin spokesman), chairman.
func (English) MarksCompany(norm string) bool {
	switch norm {
	case "shares", "shareholders", "stock", "subsidiary", "subsidiaries":
		return true
	}
	return false
}
