package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// spreadOrganizationForms makes a person or place mention of two or more
// words an organization when an organization's mention in the same
// document, scored higher, has as many words and each pair of words
// shares a reading (Language.Analyze): the tagger reads the radio in
// «Голоса Америки» (0.92) but the place in "Голос Америки :" opening each
// turn of the interview (0.50). The score keeps a headline's doubtful
// organization from spreading ("Wayde Sims shooting :" 0.26 against the
// person's 0.34). A mention the gazetteer knows as a country, continent,
// region or territory keeps its type, as in spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the
// rule: held-out FactRuEval (-lang ru -doc 20) 0.8505 → 0.8557 (Голос
// Америки three times; the other four stand in the next 20 sentences,
// apart from «Голоса Америки»); NTREX Russian, English and Turkish dev
// unchanged, one sentence a document and ten (-doc 10). Without the score
// check, NTREX English dev (-doc 10) fell 0.8045 → 0.8032 and Russian
// 0.8102 → 0.8096 (Wayde Sims, Nottingham East).
func spreadOrganizationForms(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) {
	type org struct {
		words []map[string]bool // the readings of each word
		score float64
	}
	var orgs []org
	readings := func(e *Entity) []map[string]bool {
		words := make([]map[string]bool, 0, e.Last-e.First)
		for k := e.First; k < e.Last; k++ {
			t := &doc.Tokens[k]
			r := map[string]bool{}
			for _, a := range l.Analyze(lang.FoldToken(t, l)) {
				r[a.Stem] = true
			}
			words = append(words, r)
		}
		return words
	}
	for i := range ents {
		if e := &ents[i]; e.Type == Organization && e.Last-e.First >= 2 {
			orgs = append(orgs, org{readings(e), e.Score})
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != Person && e.Type != Location || e.Last-e.First < 2 || wideArea(e.ID, g) {
			continue
		}
		words := readings(e)
		for _, o := range orgs {
			if o.score > e.Score && sameReadings(words, o.words) {
				e.Type, e.ID, e.Canonical = Organization, "", ""
				break
			}
		}
	}
}

// sameReadings reports whether a and b have as many words and each pair
// shares a reading.
func sameReadings(a, b []map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		shared := false
		for s := range a[i] {
			if b[i][s] {
				shared = true
				break
			}
		}
		if !shared {
			return false
		}
	}
	return true
}
