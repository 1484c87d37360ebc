package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// dropDictionaryOpeners drops the mention that the tagger alone made of a
// sentence's first word (after opening marks: "( Applause . )"), or of the
// word after a colon, which opens a clause as a sentence's first word does
// (an interview's turn: "Мустафа Джемилев : Да , всё верно ."), where the
// model's capitalization prior does not know the word and the language's
// dictionary lists it in lower case only (lang.DictionaryWords): "Kudos
// .", "Slope : 0.1171". dropCommonOpeners does the same from the prior and
// the model's lexicon, which know only the words of the training text. A
// given name (lang.GivenNames), a mention the gazetteer confirmed or a
// rule made, and a word in capitals are kept. ents are sorted and
// non-overlapping, and stay so. People are left to dropCommonOpeners: a
// surname is a dictionary word as often (Flake, Sane).
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7703 → 0.7719 ("( Applause . )" four
// times), NTREX English dev 0.8648 → 0.8651 (-doc 10 0.8881 unchanged),
// WNUT-17 dev 0.5308 → 0.5318, BTC dev 0.4722 → 0.4724; GUM dev, re3d and
// the SEC filings unchanged. With people too: NTREX English dev 0.8638
// (Jeff Flake's Flake dropped eight times), EWT dev 0.7727. After a colon
// too: held-out FactRuEval (-doc 20, with its held-out model) 0.8996 →
// 0.9011 (Да, Спасибо after the speaker's name), the other dev rows
// (NTREX, UNER EWT, GUM, WNUT-17, BTC, the Turkish sets) unchanged.
func dropDictionaryOpeners(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model) []annotation.Entity {
	dw := capsOf(l).dictionaryWords
	if dw == nil || m == nil {
		return ents
	}
	gn := capsOf(l).givenNames
	toks := doc.Tokens
	kept := ents[:0]
	s := 0 // the sentence holding the mention, or the first after it
	for _, e := range ents {
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if e.Type != annotation.Person && e.Source == "model" && e.ID == "" && e.Last-e.First == 1 && titleCaseWord(&toks[e.First]) && toks[e.First].Kind == lang.Word &&
			(opensSentence(toks, doc.Sentences, s, e.First) || e.First > 0 && toks[e.First-1].Text == ":") {
			norm := lang.FoldToken(&toks[e.First], l)
			if _, known := m.CapitalizedShare(norm); !known && dw.DictionaryWord(norm) && (gn == nil || !gn.GivenName(norm)) {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// dictionaryWord reports whether l's dictionary lists a folded word in
// lower case only (lang.DictionaryWords).
func dictionaryWord(norm string, l lang.Language) bool {
	dw := capsOf(l).dictionaryWords
	return dw != nil && dw.DictionaryWord(norm)
}
