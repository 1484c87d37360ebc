package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsByColorNickname makes an organization of a club's colour nickname
// in a sentence of a sports report (lang.ColorNicknames: Turkish "Maviler'in
// forveti", "Gök Mavilere karşı"): sports reports call clubs by their
// colours as a capitalized plural, which the tagger reads as a person or
// leaves out, and the guideline tags club nicknames as organizations. The
// name is the capitalized word and a colour before it (Gök Maviler),
// followed by no other capitalized word; a run that no mention holds is
// added, a person or place mention over exactly it that the gazetteer
// does not know is retyped. ents are sorted and non-overlapping, and stay
// so. It returns the texts of the mentions it retyped or added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8756 → 0.8763 (-doc 10 0.8922 → 0.8929: Maviler, Gök
// Mavilere, Gök Mavilerin), the Milliyet dev split (0.8658) and Turkish
// Wiki NER dev (0.7859) unchanged. With one colour's -lI plural too, the
// Milliyet dev split lost 0.8658 → 0.8652: its annotation leaves the
// players in red untagged.
//
// sports holds sportsSentences(doc, l).
func teamsByColorNickname(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sports []bool, cases wordCases) (_ []annotation.Entity, names []string) {
	cn := capsOf(l).colorNicknames
	if cn == nil || sports == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token first
	// The run's words, handed to the language: one buffer for the
	// document, made at its first capitalized word alone in a sports
	// sentence, where a slice literal a word escaped to the heap (the call
	// is through an interface).
	var norms []string
	for si, s := range doc.Sentences {
		if !sports[si] {
			continue
		}
		for k := s.First; k < s.Last; k++ {
			if k = cases.next(k, s.Last, capitalizedCase); k == s.Last {
				break // most words are lower-case
			}
			if k+1 < s.Last && cases.capitalized(k+1) {
				continue
			}
			if norms == nil {
				norms = make([]string, 2)
			}
			last := lang.FoldToken(&toks[k], l)
			first := k
			pair := k > s.First && cases.capitalized(k-1)
			if pair {
				norms[0] = lang.FoldToken(&toks[k-1], l)
			}
			norms[1] = last
			if pair && cn.ColorNickname(norms) {
				first = k - 1
			} else if !cn.ColorNickname(norms[1:]) {
				continue
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			added, names = organizationAt(doc, ents, j, first, k+1, unknownPersonOrPlace, added, names)
		}
	}
	return mention.MergeByStart(ents, added), names
}
