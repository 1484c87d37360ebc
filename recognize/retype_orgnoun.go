package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// maxOrgNounWords bounds the capitalized words no mention holds that
// organizationsBeforeNoun makes an organization before an organization's
// noun.
const maxOrgNounWords = 3

// organizationsBeforeNoun makes an organization of the name right before a
// lower-case noun of an organization's kind, staff or part in a compound
// with it (lang.OrganizationNounsAfter: "Goop markasına", "Brink
// çalışanından", "Face++ firmasına"): the noun says what the name is, and
// the tagger reads a company it never saw as a person or leaves it out. A
// person's mention the gazetteer does not know is retyped; a place keeps
// its type ("Çin firmaları" are Chinese firms). Where no mention holds the
// name, the capitalized words right before the noun (at most
// maxOrgNounWords, none a common word by the model's lexicon, the
// sentence's capitalized first word, nor a run with a people's word,
// lang.GroupWords: "Alman firması", "Alman Pop Rock grubu") become an organization unless the gazetteer knows them
// as a place. ents are sorted and non-overlapping, and stay so. It returns
// the texts of the mentions it retyped or added. A trade may stand between
// the name and the noun (tradeCompoundAt: "Lloyds eczane zincirinin"), and
// then the people of a list before it are retyped too ("Aldi ve Lidl
// indirimli satış mağazalarıyla"): NTREX Turkish dev 0.8881 → 0.8897 (-doc
// 10 0.9037 → 0.9062: Aldi, Lidl, Lloyds twice), the Milliyet dev split
// (0.8702) and Turkish Wiki NER dev (0.8001) unchanged.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8785 → 0.8806 (-doc 10 0.8955 → 0.8975: Goop
// markasına twice, Brink çalışanı twice, Endonezya Kızıl Haç sözcüsü), the
// Milliyet dev split 0.8658 → 0.8661, Turkish Wiki NER dev 0.7863 → 0.7858
// (Neue Freie Presse gazetesi, Musician and Story dergisi: media, which
// the guideline tags as organizations and Wiki NER as works). A group
// (grubu: a band, a campaign) too: NTREX Turkish dev 0.8806 → 0.8813 (-doc 10
// 0.8975 → 0.8991: Global Citizen grubunun), the Milliyet dev split 0.8661
// → 0.8660, Wiki NER dev 0.7858 → 0.7849 (Deep Purple and Iron Maiden
// grubu, bands, which Wiki NER tags as people; Heaven and Hell grubunda cut
// to Hell). Tried and not kept, the nouns of members, fans, players,
// managers, customers, stores, shares and adverts (üyeleri, taraftarları,
// oyuncuları, ...): with grubu, Wiki NER dev 0.7835 and Milliyet 0.8657 for
// the same NTREX gain; without it, NTREX unchanged.
func organizationsBeforeNoun(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model, cases wordCases) (_ []annotation.Entity, names []string) {
	on := capsOf(l).organizationNounsAfter
	if on == nil || m == nil {
		return ents, nil
	}
	gw := capsOf(l).groupWords
	tw := capsOf(l).tradeWords
	ob := capsOf(l).organizationOwnedBefore
	fw := capsOf(l).functionWords
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token k-1
	for k := 1; k < len(toks); k++ {
		for j < len(ents) && ents[j].Last < k {
			j++
		}
		// The rule acts only at a word after a capitalized one or a
		// mention's end: it goes to the next such token in a loop of its
		// own, where each token's tests below took a third of its time.
		end := len(toks)
		if j < len(ents) {
			end = ents[j].Last // the mentions before j end before k
		}
		if k = min(cases.next(k-1, end, capitalizedCase)+1, end); k >= len(toks) {
			break
		}
		if !cases.lower(k) || toks[k-1].Kind == lang.Punct {
			continue
		}
		endsBefore := j < len(ents) && ents[j].Last == k
		// Only after a mention or a capitalized word: the noun's test,
		// which folds the word, is left for the few words there.
		if !endsBefore && !cases.capitalized(k-1) {
			continue
		}
		trade := false
		if !on.OrganizationNounAfter(lang.FoldToken(&toks[k], l)) {
			if trade = tradeCompoundAt(toks, k, tw, on, ob, l); !trade {
				continue
			}
		}
		if endsBefore {
			if trade {
				names = retypeListBefore(toks, ents, j, fw, l, names)
			} else if e := &ents[j]; unknownPerson(e) {
				toOrganization(e)
				names = append(names, e.Text)
			}
			continue
		}
		if j < len(ents) && ents[j].First < k || !cases.capitalized(k-1) {
			continue
		}
		first := k - 1
		for first > 0 && k-first < maxOrgNounWords && cases.capitalized(first-1) && (j == 0 || ents[j-1].Last < first) {
			first--
		}
		for first < k && commonWord(lang.FoldToken(&toks[first], l), l, m) {
			first++
		}
		if first == k || sentenceStart(toks, first) && first == k-1 || groupWordIn(toks[first:k], gw, l) {
			continue
		}
		e := doc.Mention(first, k, annotation.Organization, 0.5, "rule")
		if gazetteerKnows(g, e.Text, isPlace) {
			continue
		}
		added = append(added, e)
		names = append(names, e.Text)
	}
	return mention.MergeByStart(ents, added), names
}

// groupWordIn reports whether a word of toks is a people's word
// (lang.GroupWords, gw nil: none): "Alman Pop Rock grubu" is a German
// band, no organization named Alman Pop Rock.
func groupWordIn(toks []lang.Token, gw lang.GroupWords, l lang.Language) bool {
	for k := range toks {
		if gw != nil && gw.IsGroupWord(lang.FoldToken(&toks[k], l)) {
			return true
		}
	}
	return false
}
