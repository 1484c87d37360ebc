package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
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
// implements no lang.StormNames. The whole document's mentions of a
// storm's name, twenty sentences a document (-doc 20): English 0.8775 →
// 0.8789; one sentence a document, unchanged.
//
// A language that writes a storm's kind as a head noun after its name
// (lang.StormHeads: Turkish Rosa Kasırgası) tells a storm by that noun alone
// (dropNamedStorms). Turkish first used its storm words as English does,
// NTREX Turkish dev 0.8611 → 0.8625 (-doc 20 0.8835 → 0.8860), but a
// review's invented news showed a sentence's storm word to be a
// metaphor or a name as often ("fırtına kopardı", Tayfun Korkut,
// Karadeniz Fırtınası) and a person of the story lost everywhere; with
// the head noun only, NTREX Turkish dev 0.8633 → 0.8620 (-doc 20 0.8868
// → 0.8857: it writes "Rosa kasırgası" once and mostly names the storm
// without its head; with a lower-case head too, the same), Milliyet dev
// (0.8609) and Turkish Wiki NER dev (0.7861) unchanged.
func dropStorms(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	if sh := capsOf(l).stormHeads; sh != nil {
		return dropNamedStorms(doc, ents, l, sh, cases)
	}
	sn := capsOf(l).stormNames
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

// dropNamedStorms is dropStorms for a language with lang.StormHeads: a storm's
// name is a given name, capitalized, directly followed by a capitalized
// storm head ("Rosa Kasırgası", tagged or not), where no person's
// mention holds the head but one of exactly the two words (a tagger's
// misreading of the storm). Each such name's one-word person mentions go
// in the whole document ("Rosa'nın rüzgarı"), and so do the person
// mentions of the name and head. A storm head that opens a name (Tayfun
// Korkut) or one without a given name before it (Karadeniz Fırtınası, a
// team) names no storm.
func dropNamedStorms(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sh lang.StormHeads, cases wordCases) []annotation.Entity {
	toks := doc.Tokens
	var storms []string
	j := 0 // the first mention ending after token k
	for k := 1; k < len(toks); k++ {
		if k = cases.nextPair(k, len(toks)); k == len(toks) {
			break // most words are not two capitalized ones
		}
		h := &toks[k]
		if h.Kind != lang.Word || !sh.StormHead(lang.FoldToken(h, l)) {
			continue
		}
		n := &toks[k-1]
		if n.Kind != lang.Word || !sh.GivenName(lang.FoldToken(n, l)) {
			continue
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		if j < len(ents) && ents[j].First <= k && ents[j].Type == annotation.Person && (ents[j].First != k-1 || ents[j].Last != k+1) {
			continue // the head is a word of a person's name
		}
		if !slices.Contains(storms, n.Text) {
			storms = append(storms, n.Text)
		}
	}
	if storms == nil {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		storm := e.Type == annotation.Person && e.ID == "" && (e.Last-e.First == 1 && slices.Contains(storms, toks[e.First].Text) ||
			e.Last-e.First == 2 && slices.Contains(storms, toks[e.First].Text) && sh.StormHead(lang.FoldToken(&toks[e.First+1], l)))
		if !storm {
			kept = append(kept, e)
		}
	}
	return kept
}

// stormCandidate reports whether e is a one-word person mention the
// gazetteer does not know whose word is a given name.
func stormCandidate(e *annotation.Entity, toks []lang.Token, sn lang.StormNames, l lang.Language) bool {
	return e.Type == annotation.Person && e.Last-e.First == 1 && e.ID == "" && sn.GivenName(lang.FoldToken(&toks[e.First], l))
}
