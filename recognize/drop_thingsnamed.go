package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// dropThingsNamedElsewhere removes the one-word mentions the gazetteer
// does not know whose word a kind of thing precedes elsewhere in the
// document (lang.ThingKinds): a story names "Hurricane Rosa" once, then
// "Rosa will bring flooding rains" again and again, and the tagger, which
// sees one sentence, reads the given name as a person's. dropKindedThings
// removes the mentions right after the kind; this rule the rest. The
// thing's name is one capitalized word with no capitalized word after it,
// after its kind written as part of the name (Hurricane Rosa, not Hurricane
// Center; not "after the hurricane Smith stayed", where the kind is a
// common noun and the next word anyone's). Linear in the document: one pass
// over its tokens, and one over its mentions where a thing is named.
//
// Chosen on dev data (cmd/evaluate -pipeline -doc 20, twenty sentences a
// document, as a story gives them), F1 without → with: NTREX English dev
// 0.8682 → 0.8702 (Rosa seven times), UNER EWT dev unchanged (0.7392),
// NTREX Russian dev, whose language names its storms the same way (ураган
// Роза, then Розы: inflected, not the same text), unchanged (0.8659). One
// document a sentence, NTREX English and EWT dev unchanged (0.8344,
// 0.7414), and so are Turkish and Russian dev (0.8565, 0.8509).
func dropThingsNamedElsewhere(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	tk := capsOf(l).thingKinds
	if tk == nil {
		return ents
	}
	toks := doc.Tokens
	var things map[string]bool // made where a document names a thing: most name none
	for i := 1; i < len(toks); i++ {
		if i = cases.nextPair(i, len(toks)); i == len(toks) {
			break
		}
		if i+1 < len(toks) && cases.capitalized(i+1) ||
			!tk.KindBeforeThing(lang.FoldToken(&toks[i-1], l)) {
			continue
		}
		if things == nil {
			things = map[string]bool{}
		}
		things[toks[i].Text] = true
	}
	if things == nil {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		if e.Last-e.First != 1 || e.ID != "" || !things[e.Text] {
			kept = append(kept, e)
		}
	}
	return kept
}
