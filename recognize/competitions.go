package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// competition reports whether e is a mention whose last word ends a
// competition's name in its language (lang.CompetitionHeads: Premier
// League, Champions League, La Liga; of any type, since the tagger reads
// La Liga as a person and the Eredivisie as a place) and that the
// gazetteer did not give: news
// annotation tags no competition, and recognize drops them as it drops
// nationality words. A league the gazetteer knows as a body (the Arab
// League) stays. A league acting as a body (the N.F.L., the Premier League
// said) is an organization in the guidelines too, and is dropped with the
// rest: the tagger cannot tell it, and competitions are far more common in
// the news.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8026 → 0.8039 (Premier League and Champions League
// twice, Europa League), Universal NER EWT dev unchanged (0.7351). Of any
// type, with liga, bundesliga, premiership and eredivisie as heads
// (December 7, fifth session): every dev row unchanged.
//
// Where the language opens such names with their head
// (lang.CompetitionOpeners: Russian Фестиваль граждан мира, Премьер-лиги),
// a mention of any type that the gazetteer did not give and whose first
// word opens a competition is dropped too: NTREX Russian dev 0.8707 →
// 0.8724 (Фестиваль, Фестиваля, Премьер-лиги twice, Евролиги, Олимпиады),
// held-out FactRuEval dev (-doc 20) unchanged at 0.8946.
func competition(e *annotation.Entity, doc *annotation.Document, l lang.Language) bool {
	if strings.Contains(e.Source, "gazetteer") {
		return false
	}
	if co := capsOf(l).competitionOpeners; co != nil && doc.Tokens[e.First].Kind == lang.Word && co.OpensCompetition(lang.FoldToken(&doc.Tokens[e.First], l)) {
		return true
	}
	ch := capsOf(l).competitionHeads
	if ch == nil {
		return false
	}
	return ch.CompetitionHead(lang.FoldToken(&doc.Tokens[e.Last-1], l))
}
