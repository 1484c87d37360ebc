package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// inflectedShortNames adds, after all sentences are tagged, the one-word mentions
// of people named in full elsewhere in the document, inflected or not and
// at a sentence's start too (Мишустин, Путин for Владимиром Путиным, Ли for
// Ли Цян): a capitalized word (noted, see notedTokens.capitalWords)
// outside every entity that may be an inflection of the first or last
// word of exactly one person's name. The mention takes that name's ID and
// canonical name.
func inflectedShortNames(doc *annotation.Document, l lang.Language, noted *notedTokens, stop *checkpoint.Every) {
	ents := doc.Entities
	owner := map[string]int{} // stem of an edge word → entity; -1 when people disagree
	an := tokenAnalyses{doc: doc, l: l}
	for i := range ents {
		if stop.Done() {
			return
		}
		e := &ents[i]
		if e.Type != annotation.Person || e.Last-e.First < 2 {
			continue
		}
		for _, k := range []int{e.First, e.Last - 1} {
			for _, a := range an.at(k) {
				if j, ok := owner[a.Stem]; !ok {
					owner[a.Stem] = i
				} else if j >= 0 && !samePerson(&an, &ents[j], e) {
					owner[a.Stem] = -1
				}
			}
		}
	}
	if len(owner) == 0 {
		return
	}
	covered := noted.coveredBy(doc)
	// The mentions added are merged into doc's when all are found
	// (noted.merge, in place where doc.Entities has the room that
	// recognize's sizing leaves): a copy of all the document's mentions
	// around them was most of the bytes a long Russian document's
	// linking allocated. No mention of doc starts with an added one (it
	// would cover its token), so the order is the one of a copy.
	var added []annotation.Entity
	for k := range noted.capitalWords() {
		if stop.Done() {
			return
		}
		t := &doc.Tokens[k]
		if covered[k] || lang.RuneCount(t.Text) < 2 || k+1 < len(doc.Tokens) && !covered[k+1] && capitalWord(&doc.Tokens[k+1]) {
			continue
		}
		j := -1
		for _, a := range l.Analyze(t.Norm) {
			if o, ok := owner[a.Stem]; ok && (o < 0 || j >= 0 && !samePerson(&an, &ents[j], &ents[o])) {
				j = -2
				break
			} else if ok {
				j = o
			}
		}
		if j < 0 {
			continue
		}
		e := doc.Mention(k, k+1, annotation.Person, ents[j].Score, "rule")
		e.ID, e.Canonical = ents[j].ID, ents[j].Canonical
		added = append(added, e)
	}
	noted.merge(doc, added)
}

// tokenAnalyses holds Language.Analyze of the Norm of the tokens of a
// document's people, each analysed once: samePerson compares the words of
// the same names again for every stem they share.
type tokenAnalyses struct {
	doc *annotation.Document
	l   lang.Language
	// of is made at the first token analysed: most documents (a line,
	// a short story) name no person in two words, and a map made for
	// each was an allocation of about one in eighteen on Russian lines.
	of map[int][]lang.Analysis // by token
}

// at returns the analyses of token k.
func (an *tokenAnalyses) at(k int) []lang.Analysis {
	as, ok := an.of[k]
	if !ok {
		as = an.l.Analyze(an.doc.Tokens[k].Norm)
		if an.of == nil {
			an.of = map[int][]lang.Analysis{}
		}
		an.of[k] = as
	}
	return as
}

// samePerson reports whether two PERSON mentions of an's document name
// the same person: word by word, some stem of each pair agrees (Ли Цян,
// Ли Цяна).
func samePerson(an *tokenAnalyses, a, b *annotation.Entity) bool {
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	if a.Last-a.First != b.Last-b.First {
		return false
	}
	for k := 0; k < a.Last-a.First; k++ {
		if !shareStem(an.at(a.First+k), an.at(b.First+k)) {
			return false
		}
	}
	return true
}

func shareStem(x, y []lang.Analysis) bool {
	for _, a := range x {
		for _, b := range y {
			if a.Stem == b.Stem {
				return true
			}
		}
	}
	return false
}

// capitalWord reports whether t is a word starting with an upper-case letter.
func capitalWord(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
		return false
	}
	return lang.StartsUpper(t.Text)
}
