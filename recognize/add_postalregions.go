package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addPostalRegions adds a place for a region's postal code
// (lang.PostalRegions: OH, MD, ON) that no mention holds and that a place
// mention and a comma come right before ("Chillicothe , OH area",
// "Baltimore , MD 21202"): an address names the town, then its state or
// province, which the tagger, reading two capitals as an abbreviation,
// leaves out. After a person's full name the code is a degree or an office
// (Harry Preuss , MD), after nothing a word in capitals (IN, OR, ME); a
// one-word person's mention the gazetteer gave no entry is the town
// ("Lawrence , KS": a degree follows a full name), made a place first.
// ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7638 → 0.7651 (OH, MD), BTC dev
// 0.4717 → 0.4722; NTREX English dev, GUM dev, re3d and WNUT-17 dev
// unchanged. The one-word person made the town: EWT dev 0.7651 → 0.7661
// (Lawrence , KS), the other sets unchanged.
func addPostalRegions(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	pr := capsOf(l).postalRegions
	if pr == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	for i := range ents {
		e := &ents[i]
		k := e.Last + 1 // the code's token, after the comma
		if k >= len(toks) || toks[e.Last].Text != "," || !pr.PostalRegion(toks[k].Text) {
			continue
		}
		if e.Type == annotation.Person && e.ID == "" && e.Last-e.First == 1 {
			e.Type, e.Canonical = annotation.Location, ""
			e.Source += "+rule"
		}
		if e.Type != annotation.Location || i+1 < len(ents) && ents[i+1].First <= k {
			continue
		}
		added = append(added, doc.Mention(k, k+1, annotation.Location, e.Score, "rule"))
	}
	return mention.MergeByStart(ents, added)
}
