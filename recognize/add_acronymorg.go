package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// acronymScore is the score of a mention that addAcronymOrganizations
// adds: a guess from the word's capitals.
const acronymScore = 0.5

// addAcronymOrganizations adds as organizations the acronyms that no
// mention holds, where the language says such acronyms are mostly
// organizations' (lang.OrganizationAcronyms: Russian ОБСЕ, ПАСЕ, МАГАТЕ;
// Turkish TBMM, TÜİK): words of 3 to 6 capitals and no digit, in a sentence that has lower-case
// words (a headline in capitals has nothing but capitals), next to no
// longer word in capitals (a phrase in capitals) and after no capitalized
// word that no mention holds (past a sentence's first word): that is a
// longer name the tagger missed ("в Генассамблее ООН"), which the
// acronym alone would cut. Left out: the
// acronyms the language lists as common nouns (СМИ, ВИЧ), the ones the
// gazetteer knows as a person or a place (США, КНДР), and acronyms in
// another script than the language's (lang.ForeignScriptNames, which
// addForeignScriptNames reads), and those acronymCuts.notAlone finds to be
// designations, a paragraph's lead word or the start of a longer name.
// ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: held-out FactRuEval (-doc 20) 0.8667 → 0.8715 (ОБСЕ, ПАСЕ
// twice each, МАГАТЕ), NTREX Russian dev unchanged (0.7995); without the
// check of the word before, NTREX lost "Генассамблее ООН" (0.7992), and
// without the check of a longer word in capitals, "СПАСИБО ЗА ПОДДЕРЖКУ
// МНОГИХ" (0.7990).
func addAcronymOrganizations(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) []annotation.Entity {
	oa := capsOf(l).organizationAcronyms
	if oa == nil {
		return ents
	}
	fs := capsOf(l).foreignScriptNames
	cut := newAcronymCuts(l)
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that may overlap what follows
	for _, s := range doc.Sentences {
		if !hasLowerWord(toks[s.First:s.Last]) {
			continue
		}
		for k := s.First; k < s.Last; k++ {
			if k = cases.next(k, s.Last, capitalsCase); k == s.Last {
				break // most words have a lower-case letter
			}
			t := &toks[k]
			if !capitals(t.Text) ||
				fs != nil && fs.ForeignScript(t.Text) || oa.CommonAcronym(lang.FoldToken(t, l)) {
				continue
			}
			for j < len(ents) && ents[j].Last <= k {
				j++
			}
			if j < len(ents) && ents[j].First <= k || knownPersonOrPlace(g, t.Text) ||
				k > s.First && shoutedWord(&toks[k-1]) || k+1 < s.Last && shoutedWord(&toks[k+1]) ||
				k > s.First+1 && toks[k-1].Kind == lang.Word && lang.StartsUpper(toks[k-1].Text) && (j == 0 || ents[j-1].Last < k) ||
				cut.notAlone(toks, s, k, j > 0 && ents[j-1].Last > k-2) {
				continue
			}
			added = append(added, doc.Mention(k, k+1, annotation.Organization, acronymScore, "rule"))
		}
	}
	return mention.MergeByStart(ents, added)
}

// shoutedWord reports whether t is a word of 7 or more capitals, longer
// than an acronym: the words next to it are a phrase in capitals too
// ("СПАСИБО ЗА ПОДДЕРЖКУ МНОГИХ").
func shoutedWord(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation || lang.RuneCount(t.Text) < 7 {
		return false
	}
	for _, r := range t.Text {
		if !lang.IsUpper(r) {
			return false
		}
	}
	return true
}

// capitals reports whether s is 3 to 6 letters, all of them capitals.
func capitals(s string) bool {
	if r, _ := lang.DecodeRune(s); !lang.IsUpper(r) {
		return false // most words: told from the first letter
	}
	n := 0
	for _, r := range s {
		if !lang.IsUpper(r) {
			return false // a capitalized word: told from the second
		}
		n++
	}
	return n >= 3 && n <= 6
}

// hasLowerWord reports whether a word of toks starts with a lower-case
// letter.
func hasLowerWord(toks []lang.Token) bool {
	for i := range toks {
		if r, _ := lang.DecodeRune(toks[i].Text); toks[i].Kind == lang.Word && lang.IsLower(r) {
			return true
		}
	}
	return false
}
