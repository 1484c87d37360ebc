package recognize

import "github.com/varlik/varlik/annotation"

// dropQuoteOpeners removes the place and organization mentions the
// gazetteer does not know that open a quotation without being quoted
// whole: a quotation that opens a sentence or follows a colon capitalizes
// its first word, which the tagger then reads as a name (« Голос за
// судью ..., : « Думаю , ..., « Какой ужас ! »), while a quoted name is
// closed by the quote right after it (« Рейнджерс » уступили). People are
// kept: a quotation does begin with a speaker's or a subject's name.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8390 → 0.8409 (Голос twice, Думаю, Вот, Какой ужас,
// Нынешняя администрация, Введение Советом Безопасности санкций), held-out
// FactRuEval dev (-doc 20) 0.8889 → 0.8896; NTREX Turkish and English dev
// unchanged (0.8524, 0.7811; with straight quotes too, Turkish lost Ayr and
// Güvenlik Konseyi: 0.8522).
func dropQuoteOpeners(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	toks := doc.Tokens
	kept := ents[:0]
	for _, e := range ents {
		if e.Type != annotation.Person && e.ID == "" && e.First > 0 && opensQuote(toks[e.First-1].Text) &&
			(e.First == 1 || toks[e.First-2].Text == ":" || sentenceStart(toks, e.First-1)) &&
			(e.Last == len(toks) || !closesQuote(toks[e.Last].Text)) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// opensQuote and closesQuote tell the guillemets and low-high quotes
// (« », „ “) of Russian and most European typography. Straight and English
// quotes are left out: the same mark opens and closes them, and Turkish
// news quotes with them a speech that does begin with names (" Ayr 'ı
// tebrik ediyorum).
func opensQuote(s string) bool  { return s == "«" || s == "„" }
func closesQuote(s string) bool { return s == "»" || s == "“" }
