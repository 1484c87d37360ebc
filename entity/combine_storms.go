package entity

import (
	"slices"

	"github.com/varlik/varlik/lang"
)

// dropStorms removes the one-word person mentions the gazetteer does not
// know that are a given name in a sentence about a storm (lang.StormNames):
// "Rosa will bring flooding rains", "Rosa had winds of 85 mph". Storms are
// named with given names, news annotation does not tag them, and a tagger
// that sees one sentence reads the name as a person's; a person named in
// such a sentence is named by the surname (Obama), or in full. A given
// name that speaks (Harvey said) the speakers rule, which runs later, adds
// back. A name read as a storm's in one sentence is the storm's in the
// whole document (a story keeps one referent for a name): its one-word
// person mentions in the sentences without a storm word go too ("Rosa is
// expected to move north"), which the linker would otherwise keep as the
// short mentions of one another. Linear in the document: a sentence's
// words are read only for a mention that is a given name.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8400 → 0.8417 (Rosa six times;
// with rain a storm word, nine times: 0.8448 → 0.8457), UNER EWT dev 0.7424 →
// 0.7432 (Rita twice), crosslingual dev unchanged (721 of 1038); Russian
// implements no lang.StormNames. Turkish (its storm words and given
// names): NTREX Turkish dev 0.8611 → 0.8625, Milliyet dev split (0.8571)
// and Turkish Wiki NER dev (0.7859) unchanged. The whole document's
// mentions of a storm's name, twenty sentences a document (-doc 20):
// NTREX Turkish dev 0.8835 → 0.8860, English 0.8775 → 0.8789; one
// sentence a document, unchanged.
func dropStorms(doc *Document, ents []Entity, l lang.Language) []Entity {
	sn, _ := l.(lang.StormNames)
	if sn == nil {
		return ents
	}
	toks := doc.Tokens
	var storms []string // the names found in a sentence about a storm
	s := 0              // the sentence holding the mention
	read := -1          // the last sentence whose words were read
	storm := false      // whether sentence read is about a storm
	for _, e := range ents {
		if !stormCandidate(&e, toks, sn, l) {
			continue
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		if s < len(doc.Sentences) && read != s {
			read, storm = s, false
			for k := doc.Sentences[s].First; k < doc.Sentences[s].Last && !storm; k++ {
				storm = toks[k].Kind == lang.Word && sn.StormWord(lang.FoldToken(&toks[k], l))
			}
		}
		if s < len(doc.Sentences) && storm && !slices.Contains(storms, e.Text) {
			storms = append(storms, e.Text)
		}
	}
	if storms == nil {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		if !stormCandidate(&e, toks, sn, l) || !slices.Contains(storms, e.Text) {
			kept = append(kept, e)
		}
	}
	return kept
}

// stormCandidate reports whether e is a one-word person mention the
// gazetteer does not know whose word is a given name.
func stormCandidate(e *Entity, toks []lang.Token, sn lang.StormNames, l lang.Language) bool {
	return e.Type == Person && e.Last-e.First == 1 && e.ID == "" && sn.GivenName(lang.FoldToken(&toks[e.First], l))
}
