package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// retypeByOwnHead makes a place mention of two or more words an
// organization when one of its words is the head noun of an
// organization's name (lang.OrganizationNameForms: Russian "Университета
// Мичигана", "Епископальной церкви", "Атлантический альянс"): the tagger
// reads a body named after a place, or in a place's adjective, as the
// place. A mention the gazetteer knows as a country, continent, region or
// territory keeps its type. A person's or place's mention of one word
// that is such a head noun whole, and that the gazetteer did not give,
// becomes an organization too (Сенат, Центра: the body named alone). It
// returns the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.7878 → 0.7930 (eight universities,
// churches and hospitals; "Риверсайдской церкви", the building, lost),
// held-out FactRuEval (-doc 20) 0.8488 → 0.8505 (Атлантический альянс).
// The Soviet Union, which the gazetteer does not hold, becomes an
// organization too ("Советскому Союзу" was one already there). The head
// noun alone then: NTREX 0.8102 → 0.8115 (Сенат, Центра), FactRuEval
// unchanged (0.8862).
func retypeByOwnHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return nil
	}
	for i := range ents {
		e := &ents[i]
		if e.Last-e.First == 1 && (e.Type == annotation.Location || e.Type == annotation.Person) && e.ID == "" {
			if t := &doc.Tokens[e.First]; t.Kind == lang.Word && oh.HeadAlone(lang.FoldToken(t, l)) {
				e.Type, e.Canonical = annotation.Organization, ""
				names = append(names, e.Text)
			}
			continue
		}
		if e.Type != annotation.Location || e.Last-e.First < 2 || wideArea(e.ID, g) {
			continue
		}
		for k := e.First; k < e.Last; k++ {
			if t := &doc.Tokens[k]; t.Kind == lang.Word && oh.HeadsOrganization(lang.FoldToken(t, l)) {
				toOrganization(e)
				names = append(names, e.Text)
				break
			}
		}
	}
	return names
}
