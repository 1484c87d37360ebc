package entity

import "github.com/varlik/varlik/lang"

// dropStorms removes the one-word person mentions the gazetteer does not
// know that are a given name in a sentence about a storm (lang.StormNames):
// "Rosa will bring flooding rains", "Rosa had winds of 85 mph". Storms are
// named with given names, news annotation does not tag them, and a tagger
// that sees one sentence reads the name as a person's; a person named in
// such a sentence is named by the surname (Obama), or in full. A given
// name that speaks (Harvey said) the speakers rule, which runs later, adds
// back. Linear in the document: a sentence's words are read only for a
// mention that is a given name.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8400 → 0.8417 (Rosa six times;
// with rain a storm word, nine times: 0.8448 → 0.8457), UNER EWT dev 0.7424 →
// 0.7432 (Rita twice), crosslingual dev unchanged (721 of 1038); Turkish
// and Russian implement no lang.StormNames.
func dropStorms(doc *Document, ents []Entity, l lang.Language) []Entity {
	sn, _ := l.(lang.StormNames)
	if sn == nil {
		return ents
	}
	toks := doc.Tokens
	kept := ents[:0]
	s := 0         // the sentence holding the mention
	read := -1     // the last sentence whose words were read
	storm := false // whether sentence read is about a storm
	for _, e := range ents {
		if e.Type != Person || e.Last-e.First != 1 || e.ID != "" || !sn.GivenName(lang.FoldToken(&toks[e.First], l)) {
			kept = append(kept, e)
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
		if s == len(doc.Sentences) || !storm {
			kept = append(kept, e)
		}
	}
	return kept
}
