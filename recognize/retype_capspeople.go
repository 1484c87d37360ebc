package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypeCapitalPeople makes an organization of a person's mention that is
// one word of two to five ASCII capitals (HANO; not NiMo), where the
// language writes no person's name in capitals (lang.CapitalAcronyms,
// which also keeps the given names shouted: KERRY): in a sentence in
// ordinary case (three words or more with a lower-case letter), with no
// word in capitals right before or after it (IS THAT IDRIS), such a word is
// an acronym of a body or a firm, which the tagger, reading the capital as
// a name's, took for a surname. A mention the gazetteer gave, a longer
// word (a handle or a name shouted: RACHELLEANDIA) and a word after @ are
// left. ents are sorted; it returns the texts of the organizations it
// made.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7749 → 0.7779 (ORGANIZATION P/R
// 0.611/0.625 → 0.614/0.638: HANO three times); NTREX English dev (0.8672,
// -doc 10 0.8910), GUM dev, re3d, WNUT-17 and BTC dev unchanged. Without
// the neighbour check WNUT-17 dev lost IDRIS, without the given names re3d
// lost KERRY, with longer words BTC lost handles in capitals.
func retypeCapitalPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	ca := capsOf(l).capitalAcronyms
	if ca == nil {
		return nil
	}
	toks := doc.Tokens
	s := 0 // the sentence of the mention
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.Last-e.First != 1 || len(e.Text) > maxCapitalAcronym || !capitalLetters(toks[e.First].Text) ||
			(toks[e.First].Kind != lang.Word && toks[e.First].Kind != lang.Abbreviation) || e.ID != "" || strings.Contains(e.Source, "gazetteer") ||
			(e.First > 0 && toks[e.First-1].Text == "@") || !ca.CapitalAcronym(lang.FoldToken(&toks[e.First], l)) {
			continue
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if s == len(doc.Sentences) {
			break
		}
		if _, _, ok := countCaps(toks[doc.Sentences[s].First:doc.Sentences[s].Last], 2); ok ||
			capitalNeighbour(toks, e.First, -1, doc.Sentences[s].First) || capitalNeighbour(toks, e.First, 1, doc.Sentences[s].Last-1) {
			continue // not ordinary case, or shouted words around it (IS THAT IDRIS)
		}
		e.Type, e.Canonical = annotation.Organization, ""
		names = append(names, e.Text)
	}
	return names
}

// capitalNeighbour reports whether the nearest word from toks[i] in
// direction step (-1 or 1), up to toks[end], is written in capitals.
func capitalNeighbour(toks []lang.Token, i, step, end int) bool {
	for k := i + step; (step < 0 && k >= end) || (step > 0 && k <= end); k += step {
		if t := &toks[k]; t.Kind == lang.Word || t.Kind == lang.Abbreviation {
			return !hasLower(t.Text) && hasUpper(t.Text)
		}
	}
	return false
}

// maxCapitalAcronym is the most letters of a word in capitals that
// retypeCapitalPeople reads as an acronym: longer ones are names or
// handles written in capitals (RACHELLEANDIA, XSTROLOGY).
const maxCapitalAcronym = 5

// capitalLetters reports whether s is two letters or more, all ASCII
// capitals.
func capitalLetters(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
