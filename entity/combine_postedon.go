package entity

import "github.com/varlik/varlik/lang"

// retypePostingServices makes a place mention the gazetteer does not know
// an organization when the words before it in its clause say that someone
// posts on it (lang.PostingContext: написал в Твиттере, объявила о своем
// решении в Инстаграме, в своем Твиттере). Russian names a web service in
// the locative as it names a town, and the tagger reads it as one; the
// news convention tags such services as companies. A place the gazetteer
// knows (заявил в Москве) keeps its type. It returns the texts of the
// mentions it retyped, for spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8515 → 0.8593 (Твиттере ten times, Инстаграме
// twice; with на as well, 0.8580: опубликована неизвестным лицом на
// Капитолийском холме), held-out FactRuEval dev (-doc 20) unchanged at
// 0.8946; the other languages implement no lang.PostingContext.
func retypePostingServices(doc *Document, ents []Entity, l lang.Language) (names []string) {
	pc, _ := l.(lang.PostingContext)
	if pc == nil {
		return nil
	}
	toks := doc.Tokens
	var before [lang.MaxPostingWords]string
	for i := range ents {
		e := &ents[i]
		if e.Type != Location || e.ID != "" {
			continue
		}
		n := 0
		for k := e.First - 1; k >= 0 && n < len(before) && (toks[k].Kind == lang.Word || toks[k].Kind == lang.Mention); k-- {
			before[n] = lang.FoldToken(&toks[k], l)
			n++
		}
		if n > 0 && pc.PostedOn(before[:n]) {
			e.Type, e.Canonical = Organization, ""
			names = append(names, e.Text)
		}
	}
	return names
}
