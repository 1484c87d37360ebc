package tr

import (
	"github.com/varlik/varlik/lang"
)

var _ lang.OrganizationNounsAfter = Turkish{}

// orgNounStems are the beginnings of the possessive forms of the nouns of
// a company's or a medium's kind, of its staff and of its web presence
// (firma → firması, firmasına; şirket → şirketi, şirketinin): "Goop
// markası", "Brink çalışanından", "Face++ firmasına". A person's bare name
// takes none of them (a person's firm is "Ali'nin firması").
var orgNounStems = []string{
	"firması", "firmaları", "şirketi", "şirketleri", "markası", "markaları", "zinciri", "çalışanı", "çalışanları",
	"ajansı", "kanalı", "gazetesi", "dergisi", "platformu", "uygulaması", "yetkilileri", "sözcüsü", "grubu",
}

// OrganizationNounAfter reports whether norm, a folded lower-case word
// right after a name, is an organization's noun in a compound with it
// (lang.OrganizationNounsAfter); the bare noun's genitive (şirketin, "of
// the company") is not.
func (Turkish) OrganizationNounAfter(norm string) bool {
	return orgNounIndex.compoundForm(norm)
}
