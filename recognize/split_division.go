package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// splitAtInnerDivision splits a place's mention at a lower-case
// administrative division's noun inside it (lang.PlaceDivisions: "Artvin
// ilinin Hopa", "Hampshire eyaletindeki Andover") into the places on
// either side: the noun says the first is the division the second lies
// in, as "Ankara ilinin Gölbaşı ilçesi" reads, and the tagger ran the
// two together. The noun itself is in neither; both sides must start
// with a capital. A mention the gazetteer named is left as it is. ents
// are sorted and non-overlapping, and stay so.
//
// Chosen on dev data, F1 without → with the rule: Turkish Wiki NER dev
// (tag -in conll) 0.7997 → 0.8008 (Artvin ilinin Hopa); NTREX Turkish
// dev 0.8852 (-doc 10 0.9054) and the Milliyet dev split 0.8668
// unchanged.
func splitAtInnerDivision(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	pd := capsOf(l).placeDivisions
	if pd == nil {
		return ents
	}
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Location || e.ID != "" {
			return nil
		}
		for k := e.First + 1; k < e.Last-1; k++ {
			if lowerCaseWord(&toks[k]) && pd.DivisionNoun(lang.FoldToken(&toks[k], l)) &&
				lang.StartsUpper(toks[k-1].Text) && lang.StartsUpper(toks[k+1].Text) {
				return []annotation.Entity{
					doc.Mention(e.First, k, annotation.Location, e.Score, e.Source+"+rule"),
					doc.Mention(k+1, e.Last, annotation.Location, e.Score, e.Source+"+rule"),
				}
			}
		}
		return nil
	})
}
