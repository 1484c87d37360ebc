package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxTradeWords bounds the trade's words between a name and the noun of
// its kind: "indirimli satış mağazaları".
const maxTradeWords = 2

// tradeCompoundAt reports whether toks[i:] opens with one to maxTradeWords
// trade words (lang.TradeWords) and a company's noun after them
// (lang.OrganizationNounsAfter or lang.OrganizationOwnedBefore: "eczane
// zincirinin", "indirimli satış mağazalarıyla"): the name before them is
// the company's, as before the noun alone. After a trade the store's noun
// says so too, which alone it does not ("Ali mağazasında": a man's shop).
// tw, on or ob nil: none.
func tradeCompoundAt(toks []lang.Token, i int, tw lang.TradeWords, on lang.OrganizationNounsAfter, ob lang.OrganizationOwnedBefore, l lang.Language) bool {
	if tw == nil || on == nil || ob == nil {
		return false
	}
	for k := i; k < len(toks) && lowerCaseWord(&toks[k]); k++ {
		norm := lang.FoldToken(&toks[k], l)
		if k > i && (on.OrganizationNounAfter(norm) || ob.OwnedByNext(norm)) {
			return true
		}
		if k-i == maxTradeWords || !tw.TradeWord(norm) {
			return false
		}
	}
	return false
}

// retypeListBefore makes organizations of ents[j], a person the gazetteer
// does not know, and of the people of the list it closes (joined by commas
// and lang.FunctionWords: "Aldi ve Lidl indirimli satış mağazaları", where
// the compound's noun is the list's). It returns names with the texts of
// the mentions it retyped.
func retypeListBefore(toks []lang.Token, ents []annotation.Entity, j int, fw lang.FunctionWords, l lang.Language, names []string) []string {
	for p := j; p >= 0 && unknownPerson(&ents[p]); p-- {
		e := &ents[p]
		toOrganization(e)
		names = append(names, e.Text)
		sep := e.First - 1
		if p == 0 || sep < 0 || ents[p-1].Last != sep || !separatesList(&toks[sep], fw, l) {
			break
		}
	}
	return names
}
