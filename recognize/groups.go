package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// groupWord reports whether e is a lone word the language knows as a
// party-member or faith word (lang.GroupWords: Republicans, Muslim) and
// the gazetteer did not give: the news convention tags such words no more
// than nationality words, which recognize drops the same way (demonym).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.7822 → 0.7870 (ORGANIZATION precision 0.764 →
// 0.808: Democrats, Republicans, Methodist, Christian and Muslim), Universal
// NER EWT dev 0.7319 → 0.7334 (Methodists, Muslim, Jews, Zionists).
func groupWord(e *annotation.Entity, doc *annotation.Document, l lang.Language) bool {
	gw := capsOf(l).groupWords
	if gw == nil || e.Last-e.First != 1 || strings.Contains(e.Source, "gazetteer") {
		return false
	}
	return gw.IsGroupWord(lang.FoldToken(&doc.Tokens[e.First], l))
}

// trimAcronymPlural cuts a last word that is an acronym's plural in e's
// language (lang.AcronymPlurals: "Labour MPs" → Labour) off e, and reports
// whether anything of e is left: a mention that is only such a word (AMs,
// MWPs) names no entity. The cut mention keeps its type, score and source.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8055 → 0.8079 (Labour MPs → Labour; AMs, MWPs and
// WMPs no longer organizations), Universal NER EWT dev unchanged (0.7351).
func trimAcronymPlural(e *annotation.Entity, doc *annotation.Document, l lang.Language) bool {
	ap := capsOf(l).acronymPlurals
	if ap == nil || !ap.AcronymPlural(doc.Tokens[e.Last-1].Text) {
		return true
	}
	if e.Last-e.First == 1 {
		return false
	}
	*e = doc.Mention(e.First, e.Last-1, e.Type, e.Score, e.Source)
	return true
}
