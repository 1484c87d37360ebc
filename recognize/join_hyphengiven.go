package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxHyphenGap bounds the capitalized words no mention holds between the
// hyphen and the person's mention ("Kai - Fu [Lee]").
const maxHyphenGap = 2

// joinHyphenGivenNames makes one person's name of a hyphenated given name
// written with spaces around its hyphen whose first part the tagger left
// out of the person ("Kai - Fu Lee", where it read Kai as a place; "Suna -
// İnan Kıraç", a couple's given names before their surname, which news
// annotation tags as one name): a given name (lang.GivenNames) that no
// mention holds, or that a one-word mention the gazetteer does not know
// holds, a hyphen, and a person's mention of two words or more after it,
// counting up to two capitalized words that no mention holds before the
// mention. joinHyphenParts joins the parts when the tagger read both as
// people. One word after the hyphen is another name ("Clinton -
// Lewinsky"). ents are sorted and non-overlapping, and stay so. cases
// holds the wordCases of doc.Tokens: the rule asks whether the words before
// every person's mention are title case.
func joinHyphenGivenNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	gn := capsOf(l).givenNames
	if gn == nil {
		return ents
	}
	toks := doc.Tokens
	out := ents[:0]
	for j := range ents {
		n := ents[j]
		if n.Type != annotation.Person {
			out = append(out, n)
			continue
		}
		// prevEnd is where the mention kept before n ends.
		prevEnd := 0
		if len(out) > 0 {
			prevEnd = out[len(out)-1].Last
		}
		p := n.First
		for p-1 >= prevEnd && n.First-p < maxHyphenGap && cases.title(p-1) {
			p--
		}
		w := p - 2
		if n.Last-p < 2 || w < 0 || toks[p-1].Text != "-" || toks[w].Kind != lang.Word || !cases.title(w) ||
			!gn.GivenName(lang.FoldToken(&toks[w], l)) {
			out = append(out, n)
			continue
		}
		// The given name is held by no mention, or by a one-word mention
		// the gazetteer does not know, which the name replaces.
		switch {
		case w >= prevEnd:
		case len(out) > 0 && out[len(out)-1].First == w && prevEnd == w+1 && out[len(out)-1].ID == "":
			out = out[:len(out)-1]
		default:
			out = append(out, n)
			continue
		}
		m := doc.Mention(w, n.Last, annotation.Person, n.Score, n.Source+"+rule")
		out = append(out, m)
	}
	return out
}
