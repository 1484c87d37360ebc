package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// teamsAfterClubNoun makes a place's mention right after a lower-case
// noun for a club or a team (lang.ClubNouns: "клуб Уракан", "клубу
// Штутгарт") an organization: a name in apposition to such a noun is the
// team's, which the tagger reads as the town it is named after. The name
// must stand in its citation form (lang.CitationFormer), as a name in
// apposition does whatever the noun's case: a genitive after the noun
// names the team's home instead ("клуб Москвы"). A country, continent,
// region or territory keeps its type (a national side is the country's).
// People are left alone: a team's coach or captain follows the noun too
// ("Тренер команды Уилл Уэйд", "команде Ферика"). It returns the texts of
// the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without →
// with the rule: WikiNER held-out (ner/models/README.md) 0.8337 → 0.8342
// (Уракан, Штутгарт; none lost); NTREX Russian dev and held-out
// FactRuEval unchanged. People after the noun were retyped at first:
// NTREX Russian dev 0.8833 → 0.8793 (coaches, captains, "команду Гари
// Холта", whose genitive the citation form does not tell).
func teamsAfterClubNoun(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	cn := capsOf(l).clubNouns
	cf := capsOf(l).citationFormer
	if cn == nil || cf == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.First == 0 || wideArea(e.ID, g) {
			continue
		}
		w := &toks[e.First-1]
		if !lowerCaseWord(w) || !cn.ClubNoun(lang.FoldToken(w, l)) {
			continue
		}
		if cf.CitationForm(e.Text, string(e.Type)) != e.Text {
			continue // a genitive: the team's home
		}
		toOrganization(e)
		names = append(names, e.Text)
	}
	return names
}
