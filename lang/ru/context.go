package ru

import "github.com/varlik/varlik/lang"

var _ lang.OrganizationOwnedBefore = Russian{}

// ownedBeforeStems are the stems of the words that, right before a name the
// gazetteer does not know, make it an organization's (see
// lang.OrganizationOwnedBefore): its stores, supermarkets, chain ("в
// магазинах Бутс", "супермаркетов Сейнсбери", "сети Ллойдс Фармаси").
// Left out because people and countries have them too: бизнес (бизнеса
// Трампа), представител (представитель Путина), акци (акции Навального),
// and the roles of players (вратарь Аллан Макгрегор: the player himself).
var ownedBeforeStems = []string{"магазин", "супермаркет", "гипермаркет"}

// ownedBeforeWords are the forms of сеть, "chain", whose stem сет- begins
// other words (сетовать).
var ownedBeforeWords = lang.NewWordSet(map[string]bool{"сеть": true, "сети": true, "сетью": true, "сетей": true, "сетях": true})

// OwnedByNext reports whether norm, a folded word right before a name,
// makes the name an organization's (lang.OrganizationOwnedBefore).
func (Russian) OwnedByNext(norm string) bool {
	if ownedBeforeWords.Has(norm) {
		return true
	}
	for _, s := range ownedBeforeStems {
		if beginsWith(norm, s) {
			return true
		}
	}
	return false
}
