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
//
// A facility's head noun in lower case (lang.FacilityHeads,
// LowerCaseFacilityHead: köprüsü, havalimanı, not kalesi, a keeper's goal
// too) ends such a run as a body's does ("boğaziçi köprüsü'nde" →
// Boğaziçi Köprüsü), which addVenues then makes a place. F1 without →
// with, in lower case: Turkish news sentences written for the facilities
// 0.7366 → 0.7857 (186), a second set 0.8085 → 0.8523 (72); NTREX Turkish
// dev (0.7949) and the corpus's training part (0.8064) unchanged, Turkish
// Wiki NER dev 0.7119 → 0.7113 (Normandiya Köprüsü, Nalçik Havalimanı,
// DSP Barajı: facilities, FAC, there), the Milliyet dev split 0.7576 →
// 0.7573; every row as written unchanged. With kalesi, NTREX Turkish dev
// 0.7943 ("kelly kalesinden"). Runs of marked words only: the written
// sentences 0.7813 and 0.8354, the dev sets the same.
func lowerHeadedRuns(doc *annotation.Document, s lang.Sentence, l lang.Language, p casePrior, cc lang.ClosedClassWords, up []bool) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	fh := capsOf(l).facilityHeads
	for k := 1; k < len(up); k++ {
		t := &doc.Tokens[s.First+k]
		if up[k] || t.Kind != lang.Word || hasUpper(t.Text) {
			continue
		}
		if norm := lang.FoldToken(t, l); nc.Cue(norm) != lang.OrgHead && (fh == nil || !fh.LowerCaseFacilityHead(norm)) {
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
