package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// splitTenureOwners makes a person of the first word of an organization
// mention of two words whose second is a tenure word (lang.TenureWords:
// "the Trump Administration", "the Davis Administration"), and leaves the
// tenure word out: news annotation tags the leader, as in "the Bush
// administration", and the tagger, which saw Administration end bodies'
// names, makes one of the pair. Only where the first word is no common
// word (commonWord: the Space Administration, the Business
// Administration) and no place or organization the gazetteer knows (the
// NASA Administration), and the gazetteer gave the mention no entry.
// ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7628 → 0.7638 (the Davis
// Administration); the other English, Turkish and Russian dev sets
// unchanged (NTREX English dev writes "the Trump administration" in lower
// case).
func splitTenureOwners(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model) {
	tw := capsOf(l).tenureWords
	if tw == nil || m == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.ID != "" || e.Last-e.First != 2 || !titleCaseWord(&toks[e.First]) ||
			!tw.TenureWord(lang.FoldToken(&toks[e.First+1], l)) || commonWord(lang.FoldToken(&toks[e.First], l), l, m) ||
			knownPlaceOrBody(toks[e.First:e.First+1], l, g) {
			continue
		}
		*e = doc.Mention(e.First, e.First+1, annotation.Person, e.Score, e.Source+"+rule")
	}
}

// knownPlaceOrBody reports whether the gazetteer matches exactly toks with
// a place or an organization among its entries.
func knownPlaceOrBody(toks []lang.Token, l lang.Language, g *gazetteer.Gazetteer) bool {
	if g == nil {
		return false
	}
	for _, mt := range g.Match(toks, plain(l)) {
		if mt.First != 0 || mt.Last != len(toks) {
			continue
		}
		for _, c := range mt.Candidates {
			if t := annotation.Type(c.Type); t == annotation.Location || t == annotation.Organization {
				return true
			}
		}
	}
	return false
}
