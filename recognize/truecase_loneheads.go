package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// lowerLoneHeads reads in lower case, in the truecased view of the
// sentence s written in capitals, a head noun of a place's name
// (lang.NameCues: beach, sea, street, airport, valley) that truecaseWord
// gave Title case and that stands alone: neither word beside it is read as
// a name's, no gazetteer name covers it (named), and it is not the
// sentence's first word. The capitalization prior sees these words
// capitalized in the names they end (Bondi Beach, the Red Sea), which a
// headline's "PEOPLE WERE ON THE BEACH" is not. saved holds the swaps
// truecaseCaps made; the word's original is among them.
//
// Chosen on the upper-cased stand-ins for headlines (branch enorg6), whole
// pipeline, without → with: NTREX English dev upper-cased 0.7627 → 0.7660
// (the beach four times, the sea three times, the airport, the valley no
// longer places), Universal NER EWT dev upper-cased 0.6889 → 0.6917, GUM
// dev upper-cased 0.5175 → 0.5216. With organizations' head nouns too
// (court, parliament, department): 0.7621, 0.6981, 0.5069 (NTREX and GUM
// lose twenty and ten organizations: a headline's lone body is as often
// the body); with the lone bodies alone (lang.LoneBodies): 0.7601, 0.6928,
// 0.5076.
func lowerLoneHeads(doc *annotation.Document, s lang.Sentence, l lang.Language, named []bool, saved []caseSwap) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	toks := doc.Tokens
	// titled reports whether token k is read as a name's word, or is a
	// number or an ordinal a street's name holds (125TH STREET).
	titled := func(k int) bool {
		if k < s.First || k >= s.Last {
			return false
		}
		t := &toks[k]
		return (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && !lowerCaseWord(t) || t.Kind == lang.Ordinal || t.Kind == lang.Number
	}
	var lower []int
	for i := s.First + 1; i < s.Last; i++ {
		t := &toks[i]
		if t.Kind != lang.Word || lowerCaseWord(t) || named[i-s.First] || titled(i-1) || titled(i+1) {
			continue
		}
		if nc.Cue(t.Norm) != lang.LocHead {
			continue
		}
		if _, ok := swappedText(saved, i); ok {
			lower = append(lower, i)
		}
	}
	for _, i := range lower {
		toks[i].Text = toks[i].Norm
	}
}
