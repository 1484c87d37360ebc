package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// retypePersonOwners makes a place mention the gazetteer gave no ID a
// person's when what its possessive owns only a person has
// (lang.PersonPossessions): "Kavanaugh 's nomination", "West 's rant".
// The English tagger reads a surname it never saw as a place. An
// organization keeps its type: its owner words overlap a person's less,
// but a firm named after its founder owns them (Sainsbury 's family).
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8367 → 0.8387 (Kavanaugh 's
// nomination twice, West 's rant), UNER EWT dev 0.7414 → 0.7424 (Yasser
// Arafat 's legacy), crosslingual dev unchanged (721 of 1038); Turkish
// and Russian implement no lang.PersonPossessions.
func retypePersonOwners(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pp := capsOf(l).personPossessions
	if pp == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.ID != "" || e.Last+1 >= len(toks) || toks[e.Last].Kind != lang.Suffix && toks[e.Last].Kind != lang.Punct ||
			toks[e.Last+1].Kind != lang.Word || !pp.OwnedByPerson(toks[e.Last].Text, lang.FoldToken(&toks[e.Last+1], l)) {
			continue
		}
		e.Type, e.Canonical = annotation.Person, ""
		e.Source += "+rule"
	}
}
