package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// placesWithOrgHead makes an organization of a place mention of three or
// more words that the gazetteer gave no entry and whose last word is the
// head of an organization's name (lang.NameCues OrgHead, or
// lang.OrganizationHeads: "National Hurricane Center", "U.S. Central
// Command", "Muslim Cultural Center"): the tagger reads an institution
// named after a place or a field as the place, while a place's own name
// ends in a place's head (lang.LocHead: Orange County). Two-word names are
// left to the tagger: a building or a district is named so as often (Civic
// Center, Opera House, West Bank, whose "Bank" is an organization's head).
// The entry the mention was linked to, if any, was the place's. ents are
// changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8624 → 0.8637 (National Hurricane
// Center twice; -doc 10 0.8825 → 0.8839), re3d 0.7108 → 0.7122 (U.S.
// Central Command twice, ORGANIZATION R 0.608 → 0.612, one museum lost),
// UNER EWT dev unchanged (0.7607: US National Hurricane Center gained,
// Palestine Contemporary Art Museum, a place there, lost), GUM dev
// unchanged (0.6006); BTC dev 0.4724 → 0.4717 and WNUT-17 dev 0.5326 →
// 0.5308, which tag schools and hospitals as places (Harrison High
// School), against the news convention. Turkish and Russian dev sets
// (NTREX, Turkish Wiki NER, FactRuEval) unchanged. With two-word names
// too: EWT dev 0.7556 (West Bank four times, Civic Center, Opera House).
// Two-word names whose head is one a language lists beyond its OrgHead
// cues (lang.OrganizationHeads: Ankara Adliyesi, Karaköy Şubesi; the
// model, trained with the cues, typed the others knowingly): Milliyet
// train split (-pipeline -doc 30) 0.8578 → 0.8579, the Milliyet dev split
// 0.8725 → 0.8728, NTREX Turkish, Russian and English dev and Turkish Wiki
// NER dev unchanged.
func placesWithOrgHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.ID != "" || e.Last-e.First < 2 || !orgHeadAt(doc.Tokens, e.Last-1, nc, l) ||
			e.Last-e.First == 2 && nc.Cue(lang.FoldToken(&doc.Tokens[e.Last-1], l)) == lang.OrgHead {
			continue
		}
		toOrganization(e)
		e.Source += "+rule"
	}
}
