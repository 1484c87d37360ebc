package entity

import (
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addFacilities makes a place of each run of capitalized words that ends
// in the head noun of a facility's name (lang.FacilityHeads: "Etihad
// Stadyumu", "Dolmabahçe Sarayı", "Beacon Sahili") and that no mention
// holds, and widens a person's or place's mention right before such a
// head over it ("İnönü Stadı", "Atatürk Havalimanı"): the tagger misses a
// facility whose words it never saw as a name, or stops at the person or
// place it is named after. A word that joins names (lang.FunctionWords:
// ve) may stand between two capitalized words; the head must have a
// capitalized word before it other than its sentence's first, which is
// capitalized anyway. ents are sorted and non-overlapping, and
// stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// the Milliyet dev split 0.8550 → 0.8555 (Ali Sami Yen Stadı, Çırağan
// Sarayı, Boğaziçi Köprüsü, Hamidiye Camii, ...; some that gold leaves out
// or tags as organizations: Hilton Oteli, Metropolitan Müzesi; with a
// sentence's first word allowed in the run 0.8567, but "Tören Dolmabahçe
// Sarayı"), NTREX Turkish dev 0.8581 → 0.8590 (Etihad Stadyumu, Beacon
// Sahili, Whitehall Sarayı, ...), but Turkish Wiki NER dev 0.7845 → 0.7812:
// its convention tags facilities as FAC, not places (Wembley Stadı, Louvre
// Müzesi, Zahedan Havalimanı become false places).
func addFacilities(doc *Document, ents []Entity, l lang.Language) []Entity {
	fh, _ := l.(lang.FacilityHeads)
	if fh == nil {
		return ents
	}
	fw, _ := l.(lang.FunctionWords)
	toks := doc.Tokens
	var added []Entity
	j, s := 0, 0 // the first mention ending after token k; k's sentence
	for k := range toks {
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
			s++
		}
		t := &toks[k]
		if j < len(ents) && ents[j].First <= k || t.Kind != lang.Word || !lang.StartsUpper(t.Text) ||
			!fh.EndsFacility(lang.FoldToken(t, l)) {
			continue
		}
		prevEnd := 0 // the end of the mention before token k
		if j > 0 {
			prevEnd = ents[j-1].Last
		}
		first := k
		for i := k - 1; i >= prevEnd; i-- {
			w := &toks[i]
			if w.Kind != lang.Word {
				break
			}
			if lang.StartsUpper(w.Text) {
				first = i
				continue
			}
			if fw == nil || !fw.JoinsNames(lang.FoldToken(w, l)) || i == prevEnd || !lang.StartsUpper(toks[i-1].Text) {
				break
			}
		}
		if first == prevEnd && j > 0 {
			if p := &ents[j-1]; p.Type != Organization {
				m := doc.Mention(p.First, k+1, Location, p.Score, p.Source+"+rule")
				*p = m
			}
			continue
		}
		if s < len(doc.Sentences) && first == doc.Sentences[s].First {
			first++ // a sentence's first word is capitalized anyway ("Tören Dolmabahçe Sarayı'nda")
		}
		if first < k {
			added = append(added, doc.Mention(first, k+1, Location, 0.5, "rule"))
		}
	}
	return mention.MergeByStart(ents, added)
}
