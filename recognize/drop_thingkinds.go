package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// dropKindedThings removes the mentions the gazetteer does not know that
// the word right before them, or their own first word, shows to name a
// thing (lang.ThingKinds: ураган Роза, "Ураган Роза принесет", шкале
// Рихтера), which news annotation does not tag; and those that a kind of
// work before their opening guillemet shows to be a title (lang.ThingKinds
// KindBeforeTitle: песни « I Love it »).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8244 → 0.8289 (Роза after ураган eleven times,
// Гейгера after счетчик, Рихтера after шкале, Эмми after наград), held-out
// FactRuEval dev (-doc 20) unchanged at 0.8862; the other languages
// implement no lang.ThingKinds. It runs after addOrganizationsByForm, so
// that a product the foreign-script rule made an organization goes too:
// with kinds of software (браузера Chrome, ОС Android, the abbreviation
// ОС a kind as well), held-out FactRuEval dev 0.8896 → 0.8912 and NTREX
// Russian dev unchanged at 0.8409; games (игр FarmVille) were tried and
// left out: игре « Брайтона » and игру « Рейнджерс » are matches of clubs,
// NTREX Russian dev 0.8409 → 0.8402. Kinds of works before guillemets:
// NTREX Russian dev 0.8621 → 0.8624 (песни « I Love it »; the same kinds
// unquoted, 0.8621 → 0.8623, lost сериале HBO, передачи ITV, фильмами
// Джонни Инглиша, передачу Стерлингу), held-out FactRuEval dev unchanged
// at 0.8946. With аббревиатуру as a kind (аббревиатуру MWP), NTREX Russian
// dev 0.8789 → 0.8791, FactRuEval unchanged at 0.8963.
func dropKindedThings(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	tk := capsOf(l).thingKinds
	if tk == nil {
		return ents
	}
	toks := doc.Tokens
	kept := ents[:0]
	for _, e := range ents {
		if e.ID == "" {
			if e.First > 0 && (toks[e.First-1].Kind == lang.Word || toks[e.First-1].Kind == lang.Abbreviation) && tk.KindBeforeThing(lang.FoldToken(&toks[e.First-1], l)) {
				continue
			}
			if e.First > 1 && opensQuote(toks[e.First-1].Text) && toks[e.First-2].Kind == lang.Word && tk.KindBeforeTitle(lang.FoldToken(&toks[e.First-2], l)) {
				continue
			}
			if e.Last-e.First >= 2 && tk.KindBeforeThing(lang.FoldToken(&toks[e.First], l)) {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}
