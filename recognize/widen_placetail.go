package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// widenPlaceTails widens a place's mention over the lower-case noun of its
// kind written right after it (lang.PlaceTailNouns: "tampa bay", "the
// Gaza strip") where the language reads it so with the word after it
// (the Caribbean island of Aruba names another place), unless the
// gazetteer knows the mention as a country, continent, region or
// territory. The widened mention names another place than the name alone
// (the Gaza Strip, not Gaza city), so it leaves the gazetteer's ID to
// linking. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7887 → 0.7907 (tampa bay, Gaza strip);
// NTREX English dev (0.8709, -doc 10 0.8947), GUM dev, re3d, WNUT-17 and
// BTC dev unchanged.
func widenPlaceTails(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	pt := capsOf(l).placeTailNouns
	if pt == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		n := e.Last
		if e.Type != annotation.Location || n >= len(toks) || !lowerCaseWord(&toks[n]) || i+1 < len(ents) && ents[i+1].First <= n || wideArea(e.ID, g) {
			continue
		}
		next := ""
		if n+1 < len(toks) {
			next = lang.FoldToken(&toks[n+1], l)
		}
		if !pt.PlaceTailNoun(lang.FoldToken(&toks[n], l), next) {
			continue
		}
		*e = doc.Mention(e.First, n+1, annotation.Location, e.Score, e.Source)
	}
}
