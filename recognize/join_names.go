package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinHyphenParts joins a one-word person mention, a hyphen and the person
// mention right after it into one name: a hyphenated first name that text
// given pre-tokenized splits at the hyphen ("Jean - Marie Le Pen",
// "Deborra - Lee Furness"), which the tagger reads as two people. The
// mention after the hyphen must have two words or more, so that two
// people joined by a hyphen ("Clinton - Lewinsky davası", "Barzani -
// Talabani buluşması") stay apart. ents are sorted and non-overlapping,
// and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule
// and trimOriginWord: NTREX Turkish dev 0.8082 → 0.8097 (Deborra-Lee
// Furness; Liverpoollu), the Milliyet dev split 0.8444 → 0.8455
// (Jean-Marie Le Pen; Siverekli, Fenerbahçeli), Turkish Wiki NER dev
// 0.7757 → 0.7763 (Parmalı; through examples/tag -in conll 0.7737 →
// 0.7743), no mention lost.
func joinHyphenParts(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	return joinAdjacent(ents, func(e, n *annotation.Entity) (annotation.Entity, bool) {
		if e.Type == annotation.Person && n.Type == annotation.Person && e.Last-e.First == 1 && n.Last-n.First >= 2 &&
			n.First == e.Last+1 && doc.Tokens[e.Last].Text == "-" {
			m := doc.Mention(e.First, n.Last, annotation.Person, min(e.Score, n.Score), n.Source)
			m.ID, m.Canonical = "", ""
			return m, true
		}
		return annotation.Entity{}, false
	})
}

// trimOriginWord drops the first word of a person mention of two words or
// more when it says where the person is from or plays for: a place or an
// organization the gazetteer knows with the language's suffix "from"
// attached (lang.OriginWords; Turkish -li: "Liverpoollu Daniel Sturridge",
// "Fenerbahçeli Uche", "Parmalı Maria Luisa"). News annotation leaves it
// out of the name, as it does "ABD'li" with an apostrophe. The stem must
// be four letters or more, so that given names that end in the suffix
// (Kutlu, Sali) stay.
func trimOriginWord(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	ow := capsOf(l).originWords
	if ow == nil || g == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.Last-e.First < 2 {
			continue
		}
		t := doc.Tokens[e.First].Text
		if !lang.StartsUpper(t) || !lang.StartsUpper(doc.Tokens[e.First+1].Text) {
			continue
		}
		stem, ok := ow.OriginStem(t)
		if !ok || lang.RuneCount(stem) < 4 || !knownPlaceOrOrg(g, stem) {
			continue
		}
		m := doc.Mention(e.First+1, e.Last, annotation.Person, e.Score, e.Source)
		m.ID, m.Canonical = e.ID, e.Canonical
		*e = m
	}
}

// knownPlaceOrOrg reports whether the gazetteer has a place or an
// organization named name in any language.
func knownPlaceOrOrg(g *gazetteer.Gazetteer, name string) bool {
	return gazetteerKnows(g, name, func(e *gazetteer.Entry) bool {
		return e.Type == gazetteer.Location || e.Type == gazetteer.Organization
	})
}
