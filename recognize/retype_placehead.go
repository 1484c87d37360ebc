package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// retypeByPlaceHead makes an organization's mention of two or more words
// a place when one of its words is a place's head noun (lang.PlaceHeads:
// Russian "Турецкой республикой", "Республика Македония") and none is an
// organization's (lang.OrganizationNameForms): the tagger reads a state's full
// name as its government. A mention the gazetteer gave an entry keeps
// its type.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: held-out FactRuEval (-doc 20) 0.8846 → 0.8862 (Турецкой
// республикой), NTREX Russian dev 0.8089 → 0.8096 (Республика Македония).
// With the place cue alone, which кра- gives Красного, NTREX lost
// Индонезийского Красного Креста (0.8089).
func retypeByPlaceHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	ph := capsOf(l).placeHeads
	oh := capsOf(l).organizationNameForms
	if ph == nil || oh == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.Last-e.First < 2 || e.ID != "" {
			continue
		}
		place, org := false, false
		for k := e.First; k < e.Last; k++ {
			t := &doc.Tokens[k]
			if t.Kind != lang.Word {
				continue
			}
			norm := lang.FoldToken(t, l)
			place = place || ph.HeadsPlace(norm)
			org = org || oh.HeadsOrganization(norm) || oh.CompoundHead(norm)
		}
		if place && !org {
			e.Type, e.Canonical = annotation.Location, ""
		}
	}
}
