package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimLowerTail cuts the lower-case words off the end of a mention whose
// language ends its names with a capitalized word
// (lang.CapitalizedNameEnds: "Coca - Cola corporation" → Coca - Cola,
// "West Bank barrier" → West Bank, "Yunnan province" → Yunnan). An
// organization keeps a lower-case head noun of its kind (lang.NameCues:
// "the Labour party", as the guidelines keep an organization's type word).
// A mention with no capitalized word before them (a name written in lower
// case, "san francisco") is left whole, and a person keeps a lower-case
// word the dictionary lacks (lang.DictionaryWords): web text writes
// surnames in lower case ("Frank mcclelland", "Ruy lopez"). Without →
// with that exception (cmd/evaluate -pipeline): WNUT-17 dev 0.5554 →
// 0.5589, NTREX English dev in lower case (-case lower) 0.6584 → 0.6630,
// UNER EWT train 0.9153 → 0.9160; NTREX English, UNER EWT, GUM and BTC dev,
// and wikigold held out, unchanged.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8121 → 0.8141 (Yunnan province, Palu city, North
// Korea says), Universal NER EWT dev 0.7372 → 0.7393 (Doda district, West
// Bank barrier, Dominion Post s); before organizations kept their kind's
// noun, 0.8121 and 0.7404 (the Labour party, which gold keeps whole, four
// times). For all languages, NTREX Russian dev fell 0.7814 → 0.7629 and
// NTREX Turkish dev rose 0.8140 → 0.8152; Turkish does not implement the
// interface yet (not measured on its other dev sets).
func trimLowerTail(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	if !namesEndCapitalized(l) {
		return
	}
	nc := capsOf(l).nameCues
	dw := capsOf(l).dictionaryWords
	for i := range ents {
		e := &ents[i]
		last := tailEnd(e, func(k int) bool {
			return lowerCaseWord(&doc.Tokens[k]) &&
				!(e.Type == annotation.Organization && nc != nil && nc.Cue(lang.FoldToken(&doc.Tokens[k], l)) == lang.OrgHead) &&
				!(e.Type == annotation.Person && dw != nil && !dw.DictionaryWord(lang.FoldToken(&doc.Tokens[k], l)))
		})
		if last < e.Last && lang.StartsUpper(doc.Tokens[last-1].Text) {
			*e = doc.Mention(e.First, last, e.Type, e.Score, e.Source+"+rule")
		}
	}
}

// namesEndCapitalized reports whether language l says its names end in a
// capitalized word (lang.CapitalizedNameEnds): trimLowerTail then cuts
// every lower-case word off a mention's end, and the rules for languages
// whose names go on in lower-case words (trimTrailingPrepositions,
// cutAtFiniteVerbs) stand back.
func namesEndCapitalized(l lang.Language) bool {
	ce := capsOf(l).capitalizedNameEnds
	return ce != nil && ce.NamesEndCapitalized()
}
