package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// maxDefiningWords is how many words a defining noun phrase may have
// after its determiner ("a Dallas-based oil and gas company" is cut at
// "and"; "a Danish chain" has two).
const maxDefiningWords = 5

// organizationsByDefinition makes an organization of a person or place
// mention that the noun phrase after it, in apposition after a comma or
// after a copula, defines as one by its head noun
// (lang.KindDefinitions: "Staedtler , a stationery company with global
// presence", "Bilka is a Danish chain of hypermarkets", "Aero Gare was a
// kitplane manufacturer"): the tagger reads an unknown company named after
// its founder or a town as the person or the town, and the definition is
// the one place the text says what it is. The phrase's head is its last
// word before a word that ends it (of, with, that) or a punctuation mark;
// a possessive after it makes it a modifier instead ("Trump , the company
// 's founder"), as does a noun after it ("Smith , a company spokesman").
// A person the gazetteer knows keeps its type, and so does a country,
// continent, region or territory ("Hawaii is a chain of islands"). It
// returns the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline -lang en), without → with
// the rule: wikigold scored with a model trained without it (the proxy of
// ner/models/README.md) ORGANIZATION recall 0.468 → 0.473 (Aero Gare, the
// Bangladesh Scouts, Bilka, Staedtler, Eberhard Faber), -doc 10 0.488 →
// 0.498 (their other mentions spread); the shipped model on wikigold,
// NTREX English dev (both ways), Universal NER EWT dev, GUM dev and BTC
// dev unchanged.
func organizationsByDefinition(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	kd := capsOf(l).kindDefinitions
	if kd == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == annotation.Person && e.ID != "" || e.Type == annotation.Location && wideArea(e.ID, g) ||
			e.Type == annotation.Organization {
			continue
		}
		k := e.Last
		if k < len(toks) && (toks[k].Text == "," || lowerWord(&toks[k], kd.Copula, l)) {
			k++
		} else {
			continue
		}
		if k >= len(toks) || !lowerWord(&toks[k], kd.Determiner, l) {
			continue
		}
		if head := definingHead(toks, k+1, l, kd); head >= 0 && kd.DefiningHead(lang.FoldToken(&toks[head], l)) {
			toOrganization(e)
			names = append(names, e.Text)
		}
	}
	return names
}

// definingHead returns the index of the head word of the noun phrase whose
// words start at toks[k], after its determiner: its last word before a
// word that ends it, a punctuation mark or the text's end; or -1 if the
// phrase runs longer than maxDefiningWords, ends in a possessive, or its
// last word is not in lower case.
func definingHead(toks []lang.Token, k int, l lang.Language, kd lang.KindDefinitions) int {
	for n := k; n <= len(toks) && n-k <= maxDefiningWords; n++ {
		if n < len(toks) {
			t := &toks[n]
			if t.Kind == lang.Word && !lowerWord(t, kd.EndsNounPhrase, l) {
				continue
			}
			if t.Kind == lang.Suffix {
				return -1
			}
		}
		if n == k || !lowerCaseWord(&toks[n-1]) {
			return -1
		}
		return n - 1
	}
	return -1
}
