package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinPossessiveShops makes a firm of a one- or two-word name, its
// possessive and the capitalized trade word right after it
// (lang.ShopWords: "Ray 's Pizza", "Burch 's Karate", "Joe 's Garage"),
// where the tagger tagged the owner's name alone, as a person's: the
// guidelines' exception to leaving the possessive outside, like
// joinPossessiveHead's. The trade word must end the run of capitalized
// words (in "Joe 's Pizza Express" the longer name is no shop's name
// alone) and no mention may hold it; a place the gazetteer knows owns what
// follows ("Chicago 's Pizza"), so it is left. ents are sorted and
// non-overlapping, and stay so. It returns the texts of the organizations
// it made. The possessive may be a token of its own ("Ray 's", as
// Universal NER's files write it) or glued to the name ("Ray's").
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7728 → 0.7749 (ORGANIZATION recall
// 0.616 → 0.625: Ray 's Pizza twice, Burch 's Karate); NTREX English dev
// (0.8672, -doc 10 0.8910), GUM dev, re3d, WNUT-17 and BTC dev unchanged;
// Turkish and Russian output byte-identical.
func joinPossessiveShops(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	sw := capsOf(l).shopWords
	pn := capsOf(l).possessiveNames
	if sw == nil || pn == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		h := e.Last + 1 // the trade word's token
		if h >= len(toks) || !possessiveToken(&toks[e.Last], pn, l) ||
			toks[h].Kind != lang.Word || !lang.StartsUpper(toks[h].Text) || !sw.ShopWord(lang.FoldToken(&toks[h], l)) {
			continue
		}
		if e.Last-e.First > 2 || (h+1 < len(toks) && capitalizedWord(&toks[h+1])) || (i+1 < len(ents) && ents[i+1].First <= h) {
			continue
		}
		if e.Type == annotation.Location && knownName(e.Text, g) {
			continue
		}
		*e = doc.Mention(e.First, h+1, annotation.Organization, e.Score, e.Source+"+rule")
		names = append(names, e.Text)
	}
	return names
}
