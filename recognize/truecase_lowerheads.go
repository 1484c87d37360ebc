package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// lowerHeadedRuns marks in up, for the sentence s written in lower case
// (truecaseLower: up[k] is token s.First+k turning Title case), a body's
// name that ends in an organization's head noun (lang.NameCues: school,
// üniversitesi, parlamentosu) and holds a word up already marks: the run
// of words before the head noun, of no closed class and no cue, each
// marked or seen capitalized now and then by the prior (more than one
// time in a hundred, as nameRun asks of a headline's words), turns Title
// case with its head: "harvard medical school" → Harvard Medical School,
// "michigan üniversitesi" → Michigan Üniversitesi; not "the big school"
// (no word of a name), nor "işçi partisi" (işçi, "worker", is no name's
// word the prior or the lexicon knows). Only words ending in the head
// noun: Russian, which writes the head first (университета мичигана),
// gains little.
//
// Chosen on dev data (cmd/evaluate -pipeline -case lower), F1 without →
// with: NTREX dev in lower case, English 0.6388 → 0.6480, Turkish 0.6602
// → 0.6679, Russian 0.5276 → 0.5290; Milliyet dev split in lower case
// 0.6641 → 0.6706, Turkish Wiki NER dev 0.6077 → 0.6190; every dev set as
// written (NTREX, EWT, WNUT-17, BTC, Milliyet) unchanged. The head noun
// alone after a marked word: 0.6456, 0.6623, 0.5282.
func lowerHeadedRuns(doc *annotation.Document, s lang.Sentence, l lang.Language, p casePrior, cc lang.ClosedClassWords, up []bool) {
	nc, _ := l.(lang.NameCues)
	if nc == nil {
		return
	}
	for k := 1; k < len(up); k++ {
		t := &doc.Tokens[s.First+k]
		if up[k] || t.Kind != lang.Word || hasUpper(t.Text) || nc.Cue(lang.FoldToken(t, l)) != lang.OrgHead {
			continue
		}
		from := k
		for from > 0 {
			w := &doc.Tokens[s.First+from-1]
			norm := lang.FoldToken(w, l)
			if w.Kind != lang.Word || cc != nil && cc.ClosedClass(norm) || nc.Cue(norm) != lang.NoCue {
				break
			}
			if !up[from-1] {
				if share, _ := p.capPrior(norm, l); share <= 0.01 {
					break
				}
			}
			from--
		}
		if from < k && anyTrue(up[from:k]) {
			for j := from; j <= k; j++ {
				up[j] = true
			}
		}
	}
}
