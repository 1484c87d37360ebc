package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// splitPersonAtLowerWords cuts the lower-case words that are no name
// particle out of a person's mention the gazetteer did not give, where the
// language's people's names hold none (lang.PersonNameParticles): the
// runs of words left that open with a capital are people's mentions of
// their own ("Стерлингу слева" → Стерлингу, "Уэстом рэппер Джей-Зи" →
// Уэстом, Джей-Зи), the rest is dropped. A Russian tagger runs a name into
// the adverb, gerund or role after it. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8746 → 0.8769 (the two above, Джордан Спит уходя),
// held-out FactRuEval dev (-doc 20) unchanged at 0.8946; the other
// languages implement no lang.PersonNameParticles. It runs after
// addOrganizationsByForm, which cuts a name in Latin letters off a
// person's mention first (Гвинет Пэлтроу маркой Goop: run before it, the
// rule left Goop a person, 0.8762).
func splitPersonAtLowerWords(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	pp := capsOf(l).personNameParticles
	if pp == nil {
		return ents
	}
	toks := doc.Tokens
	foreign := func(k int) bool {
		return lowerCaseWord(&toks[k]) && !pp.NameParticle(lang.FoldToken(&toks[k], l))
	}
	var parts []annotation.Entity
	kept := ents[:0]
	for _, e := range ents {
		split := false
		if e.Type == annotation.Person && e.ID == "" {
			for k := e.First; k < e.Last && !split; k++ {
				split = foreign(k)
			}
		}
		if !split {
			kept = append(kept, e)
			continue
		}
		for k := e.First; k < e.Last; {
			end := k
			for end < e.Last && !foreign(end) {
				end++
			}
			if end > k && toks[k].Kind == lang.Word && lang.StartsUpper(toks[k].Text) {
				parts = append(parts, doc.Mention(k, end, annotation.Person, e.Score, e.Source+"+rule"))
			}
			k = end + 1
		}
	}
	if len(parts) == 0 {
		return kept
	}
	return mention.MergeByStart(kept, parts)
}
