package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// maxPossessiveNameWords bounds the words joinSpacedPossessiveNames reads on
// either side of a possessive: "Democratic People 's Republic of Korea"
// has two before it and three after.
const maxPossessiveNameWords = 4

// joinSpacedPossessiveNames makes one mention of a name the gazetteer
// knows with a possessive inside it (lang.PossessiveNames: People's
// Republic of China, Korean People's Army, People's Daily) where the text
// writes the possessive apart from its word, as tokenized corpora and
// ExtractTokens's rebuilt text do ("People 's Republic of China"): the
// gazetteer's matching, which the tagger reads as features and the
// models were trained with, reads the space as a word boundary, so the
// tagger split the name at the possessive ("People" and "Republic of
// China", which names Taiwan). The name is looked up written as raw text
// writes it; the longest one known, capitalized at both ends, replaces
// the mentions inside it, as long as none runs past it. Raw text glues the
// possessive to its word: the rule reads only a Suffix token with a space
// before it. Where no name goes on after the possessive, a mention right
// before it takes the entry of a known name that ends with it
// (giveEndingPossessiveEntry). ents are sorted and non-overlapping, and
// stay so.
func joinSpacedPossessiveNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	pn := capsOf(l).possessiveNames
	if pn == nil || g == nil {
		return ents
	}
	toks := doc.Tokens
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if toks[i-1].End == t.Start || !possessiveSuffix(t, pn, l) {
			continue
		}
		if first, last, entry := knownSpacedPossessiveName(doc, i, g, l); entry != nil {
			ents = replaceInside(doc, ents, first, last, entry, l)
		} else {
			giveEndingPossessiveEntry(doc, ents, i, g, l)
		}
	}
	return ents
}

// giveEndingPossessiveEntry gives the mention that ends right before the
// possessive token p the entry of the name the gazetteer knows with the
// possessive at its end (McDonald 's, the known McDonald's), of the
// mention's type: the guidelines leave the possessive outside, as
// mergeGazetteer's ownPossessive does where the text glues it.
func giveEndingPossessiveEntry(doc *annotation.Document, ents []annotation.Entity, p int, g *gazetteer.Gazetteer, l lang.Language) {
	for k := range ents {
		e := &ents[k]
		if e.Last != p {
			continue
		}
		if e.ID != "" && !strings.HasPrefix(e.ID, "name:") {
			return
		}
		for _, c := range g.Lookup(doc.Text[e.Start:e.End]+doc.Tokens[p].Text, "") {
			if annotation.Type(c.Type) == e.Type {
				e.ID, e.Canonical = c.ID, c.Name(l.Code())
				return
			}
		}
		return
	}
}

// knownSpacedPossessiveName returns the token range and entry of the
// longest name the gazetteer knows that holds the possessive token p
// glued to the word before it, or a nil entry.
func knownSpacedPossessiveName(doc *annotation.Document, p int, g *gazetteer.Gazetteer, l lang.Language) (first, last int, entry *gazetteer.Entry) {
	toks := doc.Tokens
	best := 0
	for f := p - 1; f >= 0 && p-f <= maxPossessiveNameWords && toks[f].Kind == lang.Word; f-- {
		if !lang.StartsUpper(toks[f].Text) {
			continue
		}
		for e := p + 1; e < len(toks) && e-p <= maxPossessiveNameWords && toks[e].Kind == lang.Word; e++ {
			if !lang.StartsUpper(toks[e].Text) || e+1-f <= best {
				continue
			}
			var b strings.Builder
			b.WriteString(doc.Text[toks[f].Start:toks[p-1].End])
			b.WriteString(toks[p].Text)
			b.WriteString(doc.Text[toks[p].End:toks[e].End])
			if cands := g.Lookup(b.String(), ""); len(cands) > 0 {
				first, last, entry, best = f, e+1, cands[0], e+1-f
			}
		}
	}
	return first, last, entry
}

// replaceInside replaces the mentions inside tokens first..last-1 by one
// mention of entry over them, unless a mention runs past either end.
func replaceInside(doc *annotation.Document, ents []annotation.Entity, first, last int, entry *gazetteer.Entry, l lang.Language) []annotation.Entity {
	lo, hi := len(ents), len(ents) // the mentions inside: ents[lo:hi]
	for k := range ents {
		e := &ents[k]
		if e.Last <= first || e.First >= last {
			continue
		}
		if e.First < first || e.Last > last {
			return ents
		}
		if lo == len(ents) {
			lo = k
		}
		hi = k + 1
	}
	m := doc.Mention(first, last, annotation.Type(entry.Type), entry.Prior, "gazetteer+rule")
	m.ID, m.Canonical = entry.ID, entry.Name(l.Code())
	if lo == len(ents) { // none inside: insert in order
		lo = 0
		for lo < len(ents) && ents[lo].First < first {
			lo++
		}
		hi = lo
	}
	out := append(ents[:lo:lo], m)
	return append(out, ents[hi:]...)
}
