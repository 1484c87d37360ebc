package recognize

import (
	"sort"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// splitForeignScript splits a mention that mixes words in a foreign script
// with words in the language's own, where the language writes people and
// places in its own script (lang.ForeignScriptNames: Russian "Ли CNBC",
// "Regnum Минченко", "Guiyang Evening News Ву"): the tagger ran a company
// and a person next to it into one name. The foreign words become an
// organization's mention, the capitalized words of the language's script
// a person's (a place's, where the mention was a place's); lower-case
// words at the edges of a part are left out ("маркой Goop"). ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8041 → 0.8076 (Goop, Guiyang Evening News
// and Ву, Valentino, CNBC), held-out FactRuEval (-doc 20) 0.8819 → 0.8846
// (Regnum). A part in the language's script that is one dictionary word
// opening the sentence is no name (dictionaryOpener: Дизайнеры Valentino и
// Thom Browne представили): NTREX Russian dev 0.9018 → 0.9021 (-doc 10
// 0.9129 → 0.9132, by article 0.9173 → 0.9176), held-out FactRuEval
// unchanged.
//
// cues are doc's wordCues, whose bit tells a word in foreign letters: a
// document with none keeps its mentions.
func splitForeignScript(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cues wordCues) []annotation.Entity {
	if capsOf(l).foreignScriptNames == nil || !cues.has(lang.ForeignScriptCue) {
		return ents
	}
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity { return scriptParts(doc, *e, cues, l) })
}

// scriptParts returns the mentions e splits into, or nil when it is
// written in one script (cues: the foreign ones' bit).
func scriptParts(doc *annotation.Document, e annotation.Entity, cues wordCues, l lang.Language) []annotation.Entity {
	toks := doc.Tokens
	word := func(k int) bool { return toks[k].Kind == lang.Word || toks[k].Kind == lang.Abbreviation }
	// A single letter is no company's name: a Roman numeral (Пётр I) or an
	// initial stays with the name it is in.
	script := func(k int) bool { return cues.of[k]&lang.ForeignScriptCue != 0 }
	foreign := func(k int) bool { return word(k) && script(k) && hasLetters(toks[k].Text, 2) }
	own := func(k int) bool {
		return word(k) && !script(k) && (opensWithLetter(toks[k].Text) || hasLetters(toks[k].Text, 1))
	}
	hasForeign, hasOwn := false, false
	for k := e.First; k < e.Last; k++ {
		hasForeign = hasForeign || foreign(k)
		hasOwn = hasOwn || own(k) && lang.StartsUpper(toks[k].Text)
	}
	if !hasForeign || !hasOwn {
		return nil
	}
	ownType := annotation.Person
	if e.Type == annotation.Location {
		ownType = annotation.Location
	}
	var parts []annotation.Entity
	for k := e.First; k < e.Last; {
		isForeign := foreign(k)
		end := k + 1
		for end < e.Last && foreign(end) == isForeign {
			end++
		}
		first, last := k, end // trim lower-case words at the edges
		for first < last && !lang.StartsUpper(toks[first].Text) {
			first++
		}
		for last > first && !lang.StartsUpper(toks[last-1].Text) {
			last--
		}
		if first < last && (isForeign || !dictionaryOpener(doc, first, last, l)) {
			typ := ownType
			if isForeign {
				typ = annotation.Organization
			}
			parts = append(parts, doc.Mention(first, last, typ, e.Score, e.Source+"+rule"))
		}
		k = end
	}
	return parts
}

// dictionaryOpener reports whether toks[first:last] is one word that opens its
// sentence and that the language's dictionary lists in lower case, as a
// word or as a form of one (lang.DictionaryWords, lang.DictionaryForms):
// capitalized only as the sentence's first word.
func dictionaryOpener(doc *annotation.Document, first, last int, l lang.Language) bool {
	if last-first != 1 {
		return false
	}
	s := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Last > first })
	if !opensSentence(doc.Tokens, doc.Sentences, s, first) {
		return false
	}
	norm := lang.FoldToken(&doc.Tokens[first], l)
	forms := capsOf(l).dictionaryForms
	return dictionaryWord(norm, l) || forms != nil && forms.DictionaryForm(norm)
}
