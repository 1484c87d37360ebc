package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// joinCoordinatedBodies joins a person or place mention, a word that joins
// names (lang.FunctionWords: ve) and an organization mention after it that
// ends in an organization's head (orgHeadAt) into one organization: "Avon
// ve Somerset Polisi", "Brigham ve Kadın Hastanesi", "Birleşik Krallık
// İstihdam ve Beceri Komisyonu" name one body, of which the tagger found
// the part after "ve". Neither mention may be one the gazetteer named: a
// known person or body is itself ("Erdoğan ve AK Parti"), and a person
// must be one word ("Kemal Yurt ve Sanayi ve Ticaret" is a list). ents
// are sorted and non-overlapping; it returns them so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8451 → 0.8478 (the three above), -doc 10 0.8606 →
// 0.8633; NTREX English dev 0.7808 → 0.7818 (Avon and Somerset Police);
// Turkish Wiki NER dev, the Milliyet dev split and NTREX Russian dev
// unchanged (0.7804, 0.8467, 0.7814).
func joinCoordinatedBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	nc := capsOf(l).nameCues
	fw := capsOf(l).functionWords
	if nc == nil || fw == nil {
		return ents
	}
	return joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if (a.Type == annotation.Location || a.Type == annotation.Person && a.Last-a.First == 1) && a.ID == "" &&
			b.Type == annotation.Organization && b.ID == "" && b.Last-b.First >= 2 && b.First == a.Last+1 &&
			joinsNames(&doc.Tokens[a.Last], fw, l) && orgHeadAt(doc.Tokens, b.Last-1, nc, l) {
			return doc.Mention(a.First, b.Last, annotation.Organization, b.Score, b.Source+"+rule"), true
		}
		return annotation.Entity{}, false
	})
}
