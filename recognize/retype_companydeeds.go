package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxDeedReach is how many tokens after an agent word, or between a
// name's accusative and a verb of founding, retypeCompanyDeeds reads:
// "YouGov tarafından 2013 yılında gerçekleştirilen bir ankete", "Truly 'yi
// 2016 'da Capp ile birlikte kurdu".
const maxDeedReach = 6

// retypeCompanyDeeds makes organizations of the people the gazetteer does
// not know whom the clause after them shows to be companies
// (lang.CompanyDeeds): the agent of a publishing or of a poll
// ("Houghton Mifflin Harcourt tarafından yayımlanacak") and the object of
// a verb of founding ("Truly 'yi ... kurdu"). The clause is read up to
// its first punctuation; between an accusative and the verb at most one
// lower-case word stands that does not join names (lang.FunctionWords:
// "Capp ile birlikte"), so that the object of another verb is not read
// as the one founded. It returns the texts of the mentions it retyped,
// for spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline) with retypeRangesOfKind, F1
// without → with the two: NTREX Turkish dev 0.8850 → 0.8881 (this rule:
// Houghton Mifflin Harcourt, YouGov, Truly), -doc 10 0.9005 → 0.9037
// (corpus/tr.dev.jsonl 0.9020 → 0.9052); the Milliyet dev split (0.8702)
// and Turkish Wiki NER dev (0.8001, tag -in conll) unchanged.
func retypeCompanyDeeds(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	cd := capsOf(l).companyDeeds
	if cd == nil {
		return nil
	}
	fw := capsOf(l).functionWords
	toks := doc.Tokens
	for k := range ents {
		e := &ents[k]
		if !unknownPerson(e) || e.Last >= len(toks) {
			continue
		}
		next := &toks[e.Last]
		if next.Kind == lang.Word && cd.AgentWord(lang.FoldToken(next, l)) && deedFollows(toks, e.Last+1, cd, l) ||
			next.Kind == lang.Suffix && cd.AccusativeSuffix(lang.FoldToken(next, l)) && foundingFollows(toks, e.Last+1, cd, fw, l) {
			toOrganization(e)
			names = append(names, e.Text)
		}
	}
	return names
}

// deedFollows reports whether a word of lang.CompanyDeeds' deeds comes
// within maxDeedReach tokens from toks[i], before any punctuation.
func deedFollows(toks []lang.Token, i int, cd lang.CompanyDeeds, l lang.Language) bool {
	for k := i; k < len(toks) && k < i+maxDeedReach && toks[k].Kind != lang.Punct; k++ {
		if lowerCaseWord(&toks[k]) && cd.CompanyDeed(lang.FoldToken(&toks[k], l)) {
			return true
		}
	}
	return false
}

// foundingFollows reports whether a verb of founding comes within
// maxDeedReach tokens from toks[i], before any punctuation, with at most
// one other lower-case word before it that does not join names.
func foundingFollows(toks []lang.Token, i int, cd lang.CompanyDeeds, fw lang.FunctionWords, l lang.Language) bool {
	others := 0
	for k := i; k < len(toks) && k < i+maxDeedReach && toks[k].Kind != lang.Punct; k++ {
		if !lowerCaseWord(&toks[k]) {
			continue
		}
		norm := lang.FoldToken(&toks[k], l)
		if cd.FoundingVerb(norm) {
			return true
		}
		if fw == nil || !fw.JoinsNames(norm) {
			if others++; others > 1 {
				return false
			}
		}
	}
	return false
}
