package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// saidOpenersAsPeople makes a person of a one-word organization or place
// mention that the tagger alone found (no gazetteer entry, no rule), or a
// town the gazetteer linked it to (no country or region: a country that
// says something is its government, "Fransa, ... söyledi"), where
// it opens a sentence before a comma and the sentence closes with a verb
// of saying that news uses of people (lang.ClosingSayings: "Merriweather,
// kimseyi getirmediğini söyledi."): the subject of the verb is the name,
// and a tagger that sees a foreign surname alone at a sentence's start
// reads it as a firm or a town. ents are changed in place. An acronym
// (GM , ... söyledi) is a firm's, never a person's: UD Turkish Penn's
// translated business news (the corpus's training part, which the rule
// had not been chosen on) had five so retyped (NCNB, BSN twice, ISI,
// GM), and three firms and two towns whose names alone do not tell
// (Omnicare, Maxtor, Vine; Rahway , New Jersey'de, which a person before
// the place she is from, Merriweather , St. Martin'den, also reads).
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX Turkish dev 0.8872 → 0.8885 (Merriweather,
// Ford), -doc 10 0.9068 → 0.9074; the Milliyet dev split (0.8676) and
// Turkish Wiki NER dev (0.7971) unchanged. In the NTREX and Milliyet dev
// sentences that open with a word and a comma and close with one of the
// verbs, the word is a person's 53 times, no name 6 times and an
// organization's or a place's never; with bildirdi and kaydetti it is an
// organization's twice. The towns the gazetteer knows too: NTREX Turkish
// dev 0.8885 → 0.8891 (Zárate, a town in Argentina), -doc 10 0.9074 →
// 0.9080, the Milliyet dev split 0.8676 → 0.8679, Wiki NER unchanged.
func saidOpenersAsPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	cs := capsOf(l).closingSayings
	if cs == nil {
		return
	}
	toks := doc.Tokens
	j := 0 // the first mention ending after the sentence's first token
	for _, s := range doc.Sentences {
		k := s.First
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		if j >= len(ents) || k+2 >= s.Last || toks[k+1].Text != "," {
			continue
		}
		e := &ents[j]
		town := e.Type == annotation.Location && e.Source == "model+gazetteer" && !wideArea(e.ID, g)
		if e.First != k || e.Last != k+1 || e.Type != annotation.Organization && e.Type != annotation.Location || e.Source != "model" && !town ||
			isAcronym(toks[k].Text) {
			continue
		}
		if v := closingWord(toks, s); v >= 0 && cs.PersonSaying(lang.FoldToken(&toks[v], l)) {
			e.Type, e.ID, e.Canonical = annotation.Person, "", ""
			e.Source += "+rule"
		}
	}
}

// closingWord returns the index of the last word of sentence s, past the
// closing punctuation and quotes, or -1 if it has none.
func closingWord(toks []lang.Token, s lang.Sentence) int {
	for k := s.Last - 1; k >= s.First; k-- {
		switch toks[k].Kind {
		case lang.Word:
			return k
		case lang.Punct:
			continue
		}
		return -1
	}
	return -1
}
