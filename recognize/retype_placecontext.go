package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// retypePlacesByContext makes a person mention the gazetteer does not know
// a place when the word right before it is a kind of place or building
// (lang.PlaceContext: церкви Св. Мартина, в отеле Роа Роа). The Russian
// tagger reads a saint's name or foreign words it never saw as a person.
// A person's or an organization's mention alone in guillemets after a kind
// of place becomes a place too (на стадионе « Стэмфорд Бридж »): the
// tagger reads what Russian quotes as a company's (NTREX Russian dev
// 0.8672 → 0.8684 with Стэмфорд Бридж and Тони Макарони Арена, held-out
// FactRuEval unchanged at 0.8946).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8289 → 0.8367 (Св. Мартина after церкви six times,
// Роа Роа after отеле, Грейсон Мьюз after комплексе, Бикон Бич after
// пляжа, Мидсомер Нортон after города), held-out FactRuEval dev (-doc 20)
// unchanged at 0.8862 (Александр Мишарин after области, a given name, and
// the regions are left out); the other languages implement no
// lang.PlaceContext.
func retypePlacesByContext(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pc := capsOf(l).placeContext
	if pc == nil {
		return
	}
	qo := capsOf(l).quotedOrganizations
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == annotation.Location || e.ID != "" || e.First == 0 {
			continue
		}
		if e.Type == annotation.Person && kindBefore(toks, e.First) && pc.PlaceBefore(lang.FoldToken(&toks[e.First-1], l), lang.FoldToken(&toks[e.First], l)) ||
			placeKindBeforeQuote(doc, e, pc, qo, l) {
			e.Type, e.Canonical = annotation.Location, ""
		}
	}
}

// placeKindBeforeQuote reports whether the mention e stands alone in the
// quotation marks the language puts around organizations' names
// (lang.QuotedOrganizations) and the word before the opening mark is a kind
// of place (lang.PlaceContext): a stadium's or a building's name is quoted
// as a company's is (на стадионе « Стэмфорд Бридж »).
func placeKindBeforeQuote(doc *annotation.Document, e *annotation.Entity, pc lang.PlaceContext, qo lang.QuotedOrganizations, l lang.Language) bool {
	toks := doc.Tokens
	if pc == nil || qo == nil || e.First < 2 || e.Last >= len(toks) || toks[e.First-2].Kind != lang.Word ||
		!qo.QuotesOrganizations(toks[e.First-1].Text, toks[e.Last].Text) {
		return false
	}
	// No person's name is quoted: the first word is not asked about (the
	// given name of « Тони Макарони Арена »).
	return pc.PlaceBefore(lang.FoldToken(&toks[e.First-2], l), "")
}

// kindBefore reports whether the token before toks[k] may name a kind of
// place: a word, or an abbreviation not after a number (в 1990 г. Иванов:
// г. is год there).
func kindBefore(toks []lang.Token, k int) bool {
	switch toks[k-1].Kind {
	case lang.Word:
		return true
	case lang.Abbreviation:
		return k < 2 || !startsWithDigit(toks[k-2].Text)
	}
	return false
}
