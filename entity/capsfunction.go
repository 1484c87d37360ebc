package entity

import "github.com/varlik/varlik/lang"

// dropCapsFunctionWords removes, from the sentences written in capitals
// only (three words or more, none with a lower-case letter: a headline),
// the one-word mentions that are the language's function words
// (lang.ClosedClassWords): "WHO", "IT" and "AM" spell acronyms the
// gazetteer and the tagger know, but in a headline they are the words
// ("THE EXPERT WHO PLAYED THE CARILLON"). ents are sorted and stay so.
func dropCapsFunctionWords(doc *Document, ents []Entity, l lang.Language) []Entity {
	cc, _ := l.(lang.ClosedClassWords)
	if cc == nil || len(doc.Sentences) == 0 {
		return ents
	}
	out := ents[:0]
	s, caps := -1, false // the sentence of the current mention, and whether it is in capitals
	for i := range ents {
		e := &ents[i]
		if e.Last-e.First == 1 && cc.ClosedClass(lang.FoldToken(&doc.Tokens[e.First], l)) {
			for s < 0 || s+1 < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
				s++
				caps = capsSentence(doc.Tokens[doc.Sentences[s].First:doc.Sentences[s].Last])
			}
			if caps {
				continue
			}
		}
		out = append(out, *e)
	}
	return out
}

// capsSentence reports whether toks have three words or more and none
// with a lower-case letter.
func capsSentence(toks []lang.Token) bool {
	words := 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		for _, r := range t.Text {
			if lang.IsLower(r) {
				return false
			}
		}
		words++
	}
	return words >= 3
}
