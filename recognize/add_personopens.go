package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
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
//
// A word ending in a consonant (lang.OpeningSubjects: Старридж получил,
// Ньютон установил) is a place's or a body's name as often (Лондон
// объявил, Кремль объявил), so it is added only where neither the model's
// lexicon (its common words and GeoNames towns) nor the gazetteer (other
// than as a person) knows it: NTREX Russian dev 0.8938 → 0.8953 (Гайлз,
// Старридж, Роуз, Уэст twice; lost: « Бар перестал »), WikiNER held-out
// 0.8349 → 0.8352 (Кнут, Ньютон, Орфей; Римский-Корсаков, which its
// silver labels miss), held-out FactRuEval unchanged (0.8937), NTREX
// Russian dev in lower case 0.7500 → 0.7518. It stays a guess from the
// form: of fifty sentences written to break it, with services, companies,
// bodies, landmarks and things opening them, it added Коперник, Тейлор,
// Байден and Смит, and wrongly eight that no list here holds (Гольфстрим,
// Титаник, Минфин, Коронавирус).
//
// words is the array the words after a sentence's first are put in
// (openingWords at most), which the caller keeps: each document made its
// own.
func addOpeningPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model, g *gazetteer.Gazetteer, words []string) []annotation.Entity {
	pc := capsOf(l).personContext
	if pc == nil {
		return ents
	}
	os := capsOf(l).openingSubjects
	toks := doc.Tokens
	var added []annotation.Entity
	e := 0 // the first mention not ending before the sentence's word
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
		after := words[:0]
		for j := k + 1; j < s.Last && j <= k+openingWords && toks[j].Kind == lang.Word; j++ {
			after = append(after, lang.FoldToken(&toks[j], l))
		}
		if pc.PersonOpens(toks[k].Text, after) || os != nil && os.OpeningSubject(toks[k].Text, after) && unknownOtherwise(&toks[k], l, m, g) {
			added = append(added, doc.Mention(k, k+1, annotation.Person, 0.5, "rule"))
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// unknownOtherwise reports whether neither the model's lexicon knows t's
// word as a common word or a place's (ner.CommonWord, ner.PlaceName: the
// GeoNames towns) nor the gazetteer has an entry for it that is no
// person's: an opening subject that is none of these is a person's
// surname (lang.OpeningSubjects).
func unknownOtherwise(t *lang.Token, l lang.Language, m *ner.Model, g *gazetteer.Gazetteer) bool {
	if m != nil && m.WordClasses(lang.FoldToken(t, l))&(ner.CommonWord|ner.PlaceName) != 0 {
		return false
	}
	if g == nil {
		return true
	}
	es := g.Lookup(t.Text, "")
	return len(es) == 0 || es[0].Type == gazetteer.Person
}

// openingWords is the number of words after a sentence's first that
// addOpeningPeople hands the language.
const openingWords = 3
