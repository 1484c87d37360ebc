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
	// Organizations and candidates are taken once per name: a long
	// document names the same ones again and again, and comparing every
	// mention with every organization's mention was quadratic (a 5.5 MB
	// document of repeated news spent half its time here).
	type name struct {
		text  string
		words int
	}
	type org struct {
		words []map[string]bool // the readings of each word
		score float64           // the highest of its mentions
	}
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
	orgs := map[name]*org{}
	byFirst := map[string][]*org{} // a reading of an organization's first word → the organizations
	for i := range ents {
		e := &ents[i]
		if e.Type != Organization || e.Last-e.First < 2 {
			continue
		}
		n := name{e.Text, e.Last - e.First}
		if o := orgs[n]; o != nil {
			o.score = max(o.score, e.Score)
			continue
		}
		o := &org{readings(e), e.Score}
		orgs[n] = o
		for s := range o.words[0] {
			byFirst[s] = append(byFirst[s], o)
		}
	}
	if len(orgs) == 0 {
		return
	}
	best := map[name]float64{} // a person's or place's name → the highest score of an organization it reads as; -1 for none
	for i := range ents {
		e := &ents[i]
		if e.Type != Person && e.Type != Location || e.Last-e.First < 2 || wideArea(e.ID, g) {
			continue
		}
		n := name{e.Text, e.Last - e.First}
		b, ok := best[n]
		if !ok {
			b = -1
			words := readings(e)
			for s := range words[0] {
				for _, o := range byFirst[s] {
					if o.score > b && sameReadings(words, o.words) {
						b = o.score
					}
				}
			}
			best[n] = b
		}
		if b > e.Score {
			toOrganization(e)
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
