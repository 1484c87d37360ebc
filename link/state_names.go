package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// stateOfPart returns the ID of the state that a place named as one of its
// parts means in l's news (lang.StateNames: Turkish İngiltere, the United
// Kingdom, where the gazetteer names England so), else "". words are the
// mention's folded words, e its gazetteer entry, which must be a part of
// that state (its country attribute): only the mention's own name asks, so
// that "England" written in a Turkish text, or Kuzey İngiltere, stays the
// part. The state is the gazetteer's only place of its English name (see
// uniqueEntry).
func stateOfPart(g *gazetteer.Gazetteer, e *gazetteer.Entry, words []string, l lang.Language) string {
	s, ok := l.(lang.StateNames)
	if !ok || len(words) != 1 || e.Type != string(annotation.Location) {
		return ""
	}
	en := s.StateName(words[0])
	if en == "" {
		return ""
	}
	if id := uniqueEntry(g, en, annotation.Location, "en"); id != "" && e.Attrs["country"] == id {
		return id
	}
	return ""
}

// keepsPart reports whether the document shows that its mentions of part
// (members) name the part and not the state: more than half of them stand
// where the part is meant (see meansPart).
func (lk *linker) keepsPart(g *gazetteer.Gazetteer, members []int, part, state string) bool {
	sw, _ := lk.l.(lang.SportsWords)
	n := 0
	for _, i := range members {
		if lk.meansPart(g, sw, i, part, state) {
			n++
		}
	}
	return 2*n > len(members)
}

// partReach is how many tokens after a mention meansPart looks at for a
// word of a sports report: the team's word may follow an adjective ("İngiltere
// milli takımı") or the place's suffix ("İngiltere'de maç"). A whole sentence
// reached too far: words such as puan, sezon, takım and transfer also
// name polls, tourist seasons, "a number of" and money transfers.
const partReach = 2

// meansPart reports whether mention i names the part rather than the
// state: a word of a sports report (sw) follows it within partReach tokens
// (the England team, a match in England), or another of the state's parts
// is listed with it (see listedWith: İngiltere ve Galler, England and
// Wales; İngiltere, İskoçya ve Galler). A mention of the
// state itself is no evidence: Turkish writers alternate Birleşik Krallık
// and İngiltere for the same state.
func (lk *linker) meansPart(g *gazetteer.Gazetteer, sw lang.SportsWords, i int, part, state string) bool {
	ents, toks := lk.doc.Entities, lk.doc.Tokens
	e := &ents[i]
	if sw != nil {
		for k := e.Last; k < min(e.Last+partReach, len(toks)); k++ {
			if sw.SportsWord(lang.FoldToken(&toks[k], lk.l)) {
				return true
			}
		}
	}
	// Mentions are in text order and do not overlap (as recognition leaves
	// them), so only the one before and the one after can be listed with
	// e: looking no further keeps a document that names the part many
	// times linear.
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(ents) {
			continue
		}
		o := &ents[j]
		if o.Type != annotation.Location || !lk.listedWith(e, o) {
			continue
		}
		for _, oe := range g.Lookup(lk.nameText(j), lk.l.Code()) {
			if oe.ID != part && oe.Attrs["country"] == state && oe.Subtype == "region" {
				return true
			}
		}
	}
	return false
}

// listedWith reports whether mentions a and b stand in one list: at most
// partReach tokens between them, each a punctuation mark, a suffix or a
// word that coordinates names (lang.FunctionWords: ve, and).
func (lk *linker) listedWith(a, b *annotation.Entity) bool {
	if b.First < a.First {
		a, b = b, a
	}
	if b.First < a.Last || b.First-a.Last > partReach {
		return false
	}
	fw, _ := lk.l.(lang.FunctionWords)
	for k := a.Last; k < b.First; k++ {
		t := &lk.doc.Tokens[k]
		if t.Kind != lang.Punct && t.Kind != lang.Suffix && (fw == nil || !fw.JoinsNames(lang.FoldToken(t, lk.l))) {
			return false
		}
	}
	return true
}
