package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// mediaAfterInterviewVerbs makes an organization of the capitalized words
// right after a verb whose object closing the clause is a medium
// (lang.InterviewVerbs: "Chad Hammel told KSWB-TV in San Diego", "Luke
// Armitage told FEMAIL :"): the run no mention holds is added, a person's
// mention the gazetteer does not know, not opening with a given name
// (lang.GivenNames), is retyped. The words must close the clause: a
// punctuation mark or an adverbial's preposition (ClauseEnd) follows;
// before anything else they are a person told something ("told Paul that
// you called"). ents are sorted and non-overlapping, and stay so. It
// returns the texts of the mentions it added or retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline; branch enorg6), F1 without →
// with: NTREX English dev 0.8770 → 0.8777 (KSWB-TV, FEMAIL), -doc 10
// 0.8917 → 0.8924, upper-cased 0.7694 → 0.7709; Universal NER EWT dev, GUM
// dev, re3d, WNUT-17 and BTC dev unchanged. In the licensed sets' gold, a
// capitalized word right after "told" opens an organization 19 times, a
// person 4, a place 2 and nothing 10 (most of these before "that").
func mediaAfterInterviewVerbs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) (_ []annotation.Entity, names []string) {
	iv := capsOf(l).interviewVerbs
	if iv == nil {
		return ents, nil
	}
	gn := capsOf(l).givenNames
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the current token
	for _, s := range doc.Sentences {
		for i := s.First; i+2 < s.Last; i++ {
			// The verb is a lower-case word before a capitalized one: the
			// next candidate is the word before the next capitalized word.
			c := cases.next(i+1, s.Last, capitalizedCase)
			if c+1 >= s.Last {
				break
			}
			i = c - 1
			if v := &toks[i]; !cases.lower(i) || !iv.InterviewVerb(v.Norm) {
				continue
			}
			first := i + 1
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			end := first + 1
			switch {
			case j < len(ents) && ents[j].First == first:
				end = ents[j].Last
			case j < len(ents) && ents[j].First < first:
				continue
			default:
				for end < s.Last && cases.capitalized(end) && (j == len(ents) || ents[j].First > end) {
					end++
				}
				if j < len(ents) && ents[j].First == end {
					continue // a mention goes on with the words
				}
			}
			if end >= s.Last {
				continue
			}
			if n := &toks[end]; !(n.Kind == lang.Punct && n.Text != "-") && !(cases.lower(end) && iv.ClauseEnd(n.Norm)) {
				continue
			}
			// A person's mention before a comma and a lower-case word stays
			// one: the clause goes on about them ("told Hammond, who was
			// in tears, that"), where a medium's is done ("told Reuters ,
			// adding" is rarer than the person).
			goesOn := toks[end].Text == "," && end+1 < s.Last && cases.lower(end+1)
			added, names = organizationAt(doc, ents, j, first, end, func(e *annotation.Entity) bool {
				return e.Type == annotation.Person && e.ID == "" && !goesOn && (gn == nil || !gn.GivenName(toks[e.First].Norm))
			}, added, names)
			i = end - 1
		}
	}
	return mention.MergeByStart(ents, added), names
}
