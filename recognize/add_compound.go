package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// compoundScore is the score of a mention that addCompoundHeads adds: a
// guess from the word's parts.
const compoundScore = 0.5

// addCompoundHeads makes the capitalized words that join a shortened word
// to an organization's head (lang.OrganizationNameForms: Russian Евросоюз,
// Еврокомиссия, Генассамблеи) organizations: a person's or a place's
// mention of that one word is retyped, and the word no mention holds is
// added, or joined to the organization's mention right after it, whose
// body it names ("Генассамблеи ООН"), or joined to the acronym right after
// it that no mention holds (the tagger, reading Генассамблеи ООН as one
// name of another kind, leaves the gazetteer's ООН out). ents are sorted
// and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: held-out FactRuEval (-doc 20) 0.8766 → 0.8802 (Евросоюз,
// Евросоюзом, Еврокомиссия), NTREX Russian dev 0.8001 → 0.8008
// (Генассамблеи ООН; added apart from ООН it cost 0.0002). Joined to an
// acronym no mention holds: NTREX Russian dev 0.8998 → 0.9011 (-doc 10
// 0.9116 → 0.9129, by article 0.9160 → 0.9173: Генассамблеи ООН,
// Генассамблее ООН, where ООН had been lost), held-out FactRuEval 0.8986
// unchanged.
func addCompoundHeads(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that may hold the word
	for k := 0; k < len(toks); k++ {
		if k = cases.next(k, len(toks), capitalizedCase); k == len(toks) {
			break // most words are lower-case
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		// A mention that holds the word is changed only where it is the
		// word alone, a person or a place: the word is asked about (a
		// dear question) only where the rule may act.
		if held := j < len(ents) && ents[j].First <= k; held && !(ents[j].Last-ents[j].First == 1 &&
			(ents[j].Type == annotation.Person || ents[j].Type == annotation.Location)) {
			continue
		}
		if t := &toks[k]; t.Kind != lang.Word || !oh.CompoundHead(lang.FoldToken(t, l)) {
			continue
		}
		if j == len(ents) || ents[j].First > k+1 || ents[j].First == k+1 && ents[j].Type != annotation.Organization {
			end := k + 1
			if end < len(toks) && (j == len(ents) || ents[j].First > end) {
				if _, ok := knownAcronym(doc, end, g, l); ok {
					end++ // the body's acronym no mention holds: Генассамблеи ООН
				}
			}
			added = append(added, doc.Mention(k, end, annotation.Organization, compoundScore, "rule"))
			continue
		}
		switch e := &ents[j]; {
		case e.First == k+1: // an organization's mention right after it
			*e = doc.Mention(k, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
		case e.Last-e.First == 1 && (e.Type == annotation.Person || e.Type == annotation.Location):
			toOrganization(e)
		}
	}
	return mention.MergeByStart(ents, added)
}
