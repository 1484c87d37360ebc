package link

import (
	"sort"

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
// (members) name the part and not the state: a word of a sports report
// is in the sentence of one of them (see anyInSportsSentence), or another mention names
// the state itself or another of its parts ("İngiltere ve Galler",
// "İskoçya'nın İngiltere ile birliği": England and Wales, Scotland's union
// with England).
func (lk *linker) keepsPart(g *gazetteer.Gazetteer, members []int, part, state string) bool {
	if lk.anyInSportsSentence(members) {
		return true
	}
	for i := range lk.doc.Entities {
		m := &lk.doc.Entities[i]
		if m.Type != annotation.Location || lk.find(i) == lk.find(members[0]) {
			continue
		}
		for _, e := range g.Lookup(lk.nameText(i), lk.l.Code()) {
			if e.ID == state || e.ID != part && e.Attrs["country"] == state && e.Subtype == "region" {
				return true
			}
		}
	}
	return false
}

// anyInSportsSentence reports whether one of the mentions stands in a
// sentence with a word of a sports report (lang.SportsWords): sport names
// the national team and the country its matches are played in by the part
// ("İngiltere milli takımı", "Dünya Kupası'nda İngiltere, Hırvatistan'ı
// 2-1 yendi", "İngiltere'de maç").
func (lk *linker) anyInSportsSentence(members []int) bool {
	sw, ok := lk.l.(lang.SportsWords)
	if !ok {
		return false
	}
	toks, sents := lk.doc.Tokens, lk.doc.Sentences
	for _, i := range members {
		first := lk.doc.Entities[i].First
		k := sort.Search(len(sents), func(k int) bool { return sents[k].Last > first })
		if k == len(sents) {
			continue
		}
		for t := sents[k].First; t < sents[k].Last; t++ {
			if toks[t].Kind == lang.Word && sw.SportsWord(lang.FoldToken(&toks[t], lk.l)) {
				return true
			}
		}
	}
	return false
}
