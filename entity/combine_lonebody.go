package entity

import (
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addLoneBodies adds an organization for each capitalized word that the
// language knows to name a body alone (lang.LoneBodies: Turkish "tasarı
// Senato'dan geçti", "Komisyon raporunu açıkladı") where no mention
// holds it: the
// guideline tags such a short form ([[Meclis|ORG]]), and the tagger,
// which mostly saw the word in longer names, leaves it alone. A
// sentence's first word is capitalized anyway, and a word next to another
// capitalized word is part of a longer name, unless that word makes a
// title of the body (lang.BodyTitles: "Kongre Üyesi", "Meclis Başkanı",
// where the guideline tags the body inside the title), at a sentence's
// start too. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// the Milliyet dev split 0.8550 → 0.8556 (three bodies; one of them gold
// leaves untagged), NTREX Turkish dev 0.8581 → 0.8588
// (Komisyon twice), Turkish Wiki NER dev unchanged (0.7845). With Maliye
// (the finance ministry) too, Milliyet 0.8555. A legislature's case forms
// (Kongredeki) and the titles after a body: NTREX Turkish dev 0.8729 →
// 0.8739 (-doc 10 0.8896 → 0.8906), the Milliyet dev split 0.8656 →
// 0.8658, Wiki NER dev unchanged (0.7859); with every lone body's case
// forms, the Milliyet dev split lost 0.8656 → 0.8652 (the prime ministry's
// case forms, the office held).
func addLoneBodies(doc *Document, ents []Entity, l lang.Language) []Entity {
	lb, _ := l.(lang.LoneBodies)
	if lb == nil {
		return ents
	}
	toks := doc.Tokens
	bt, _ := l.(lang.BodyTitles)
	titleAfter := func(k int) bool { return bt != nil && bt.TitleAfterBody(lang.FoldToken(&toks[k], l)) }
	var added []Entity
	j, s := 0, 0 // the first mention ending after token k; k's sentence
	for k := range toks {
		if !capitalizedWord(&toks[k]) {
			continue // most words
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
			s++
		}
		titled := k+1 < len(toks) && capitalizedWord(&toks[k+1]) && titleAfter(k+1)
		if j < len(ents) && ents[j].First <= k || s < len(doc.Sentences) && k == doc.Sentences[s].First && !titled ||
			k > 0 && capitalizedWord(&toks[k-1]) && !(s < len(doc.Sentences) && k == doc.Sentences[s].First) ||
			k+1 < len(toks) && capitalizedWord(&toks[k+1]) && !titled {
			continue
		}
		if lb.NamesBody(lang.FoldToken(&toks[k], l)) {
			added = append(added, doc.Mention(k, k+1, Organization, 0.5, "rule"))
		}
	}
	return mention.MergeByStart(ents, added)
}
