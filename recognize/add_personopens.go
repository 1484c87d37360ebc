package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addOpeningPeople adds a person's mention for the capitalized word that
// opens a sentence (after an opening quote, if any) when no mention holds
// it and the language tells from its form and the verb after it that it
// names a person (lang.PersonContext: Помпео встретился, Нугрохо назвал).
// The tagger learned that a sentence's first word is capitalized anyway,
// and leaves the surnames it never saw.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8409 → 0.8444 (Помпео, Нугрохо, Климо twice each,
// Ри, Агуэро, Зинке, Уиллоуби; lost: Цунами последовал), held-out
// FactRuEval dev (-doc 20) unchanged at 0.8912 (before the conjunctions
// were left out, И поставил cost it 0.8912 → 0.8896); the other languages
// implement no lang.PersonContext. Crosslingual dev 679 → 685. It runs
// after link.AddShortMentions, which links such a word to the full name
// before it (Ли of Ли Цян) where the document has one.
func addOpeningPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	pc, _ := l.(lang.PersonContext)
	if pc == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	e := 0 // the first mention not ending before the sentence's word
	// The words after it: one buffer for the document, made at the first
	// word asked about, where each sentence's escaped to the heap (the
	// call is through an interface).
	var words []string
	for _, s := range doc.Sentences {
		k := s.First
		if k < s.Last && opensQuote(toks[k].Text) {
			k++
		}
		if k+1 >= s.Last || toks[k].Kind != lang.Word || !lang.StartsUpper(toks[k].Text) {
			continue
		}
		for e < len(ents) && ents[e].Last <= k {
			e++
		}
		if e < len(ents) && ents[e].First <= k {
			continue // a mention holds it
		}
		if words == nil {
			words = make([]string, 0, 2)
		}
		after := words[:0]
		for j := k + 1; j < s.Last && j <= k+2 && toks[j].Kind == lang.Word; j++ {
			after = append(after, lang.FoldToken(&toks[j], l))
		}
		if pc.PersonOpens(toks[k].Text, after) {
			added = append(added, doc.Mention(k, k+1, annotation.Person, 0.5, "rule"))
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}
