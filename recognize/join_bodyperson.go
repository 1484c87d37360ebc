package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// joinBodyToNamesake joins an organization's mention that ends in the head
// noun of an organization's name (lang.OrganizationNameForms) and the
// person's mention right after it, in an oblique case, into one
// organization: Russian "Университет Джона Хопкинса", "Аналитического
// центра Юрия Левады" name a body after a person, of which the tagger
// found the head and the person apart. The person must be inflected (its
// citation form, lang.CitationFormer, differs from its text) and each of
// its words may be a genitive (Language.Analyze): a person in the nominative
// after a body is the subject of what follows ("в Сенате Путин выступил"),
// and one in the dative its object ("в Сенате Джону Керри ответили"). The body must start with a capital and not open its
// sentence, where a capital says nothing ("Администрация Трампа", the
// administration, is no name), and be one the gazetteer did not name. ents
// are sorted and non-overlapping; it returns them so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: WikiNER Russian held-out (a check model trained without
// ru_test.txt, its schools' labels made organizations as in UNER and
// docs/annotation.md) 0.8424 → 0.8431 (the two bodies above); NTREX
// Russian dev and held-out FactRuEval (-doc 20) unchanged (0.8738,
// 0.8902).
func joinBodyToNamesake(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	cf := capsOf(l).citationFormer
	if oh == nil || cf == nil {
		return ents
	}
	toks := doc.Tokens
	return joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if a.Type != annotation.Organization || b.Type != annotation.Person || b.First != a.Last || a.ID != "" ||
			!lang.StartsUpper(toks[a.First].Text) || sentenceStart(toks, a.First) {
			return annotation.Entity{}, false
		}
		if last := &toks[a.Last-1]; last.Kind != lang.Word || !oh.HeadsOrganization(lang.FoldToken(last, l)) ||
			!allMayBeGenitive(toks[b.First:b.Last], l) || cf.CitationForm(b.Text, string(annotation.Person)) == b.Text {
			return annotation.Entity{}, false
		}
		return doc.Mention(a.First, b.Last, annotation.Organization, a.Score, a.Source+"+rule"), true
	})
}

// allMayBeGenitive reports whether one of the language's analyses of each
// word of toks reads it as a genitive.
func allMayBeGenitive(toks []lang.Token, l lang.Language) bool {
	for i := range toks {
		if toks[i].Kind != lang.Word {
			continue
		}
		gen := false
		for _, a := range l.Analyze(lang.FoldToken(&toks[i], l)) {
			gen = gen || a.Case == "Gen"
		}
		if !gen {
			return false
		}
	}
	return true
}
