package recognize

import (
	"sort"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxRangeTokens bounds how far before the word that closes a range
// retypeRangesOfKind looks for the case that opens it.
const maxRangeTokens = 12

// retypeRangesOfKind makes organizations of the people in a range of
// names that the words after it call organizations (lang.KindAfterRange
// with the nouns of lang.OrganizationOwnedBefore: "L'Oreal 'den Maybelline
// ve Burt 's Bees 'e kadar olan markalar", brands from L'Oreal to Burt's
// Bees), as retypeListsOfKind does for a list. The range runs from the
// name before the opening case ('den) to the closing word (kadar), with
// no punctuation but commas in it. Only people the gazetteer does not
// know are retyped: a range of places ("İstanbul 'dan Ankara 'ya kadar
// şirketler") says where the companies are. It returns the texts of the
// mentions it retyped.
//
// Chosen on dev data with retypeCompanyDeeds (figures there): on NTREX
// Turkish dev it retypes L'Oreal, Maybelline and Burt (of Burt 's Bees,
// whose span stays short); Milliyet and Wiki NER dev unchanged.
//
// rangeEnds holds kindEndsOf(doc.Tokens, cases, l).ranges.
func retypeRangesOfKind(doc *annotation.Document, ents []annotation.Entity, l lang.Language, rangeEnds []int) (names []string) {
	kr := capsOf(l).kindAfterRange
	if kr == nil {
		return nil
	}
	toks := doc.Tokens
	for _, i := range rangeEnds {
		open := -1 // the nearest opening case's token
		for k := i - 1; k >= 0 && k >= i-maxRangeTokens; k-- {
			if toks[k].Kind == lang.Punct && toks[k].Text != "," {
				break
			}
			if toks[k].Kind == lang.Suffix && kr.OpensRange(lang.FoldToken(&toks[k], l)) {
				open = k
				break
			}
		}
		if open < 0 {
			continue
		}
		// ents are sorted and non-overlapping: read only those in reach.
		for k := sort.Search(len(ents), func(k int) bool { return ents[k].Last >= open }); k < len(ents) && ents[k].First < i; k++ {
			if e := &ents[k]; e.Last <= i && unknownPerson(e) {
				toOrganization(e)
				names = append(names, e.Text)
			}
		}
	}
	return names
}
