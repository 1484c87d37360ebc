package entity

import "github.com/varlik/varlik/gazetteer"

// placesNamedAsPeople makes a person of each one-word place mention whose
// word the same document gives a person elsewhere: a person's mention of
// that one word, or the last word of a person's longer mention ("Senator
// Jane Holloway ... Holloway voted against"). A story keeps one referent
// for a name (one sense per discourse), and a lone surname is read as a
// place where a gazetteer knows some small town of that name or the
// sentence says little; the person's reading elsewhere in the story is the
// better evidence. A place the gazetteer knows as a country, continent,
// region or territory (wideArea) keeps its type: Jordan, Georgia stay
// places beside Michael Jordan. Organizations are left as they are: a
// company or a club is often named after its founder (Ford beside Henry
// Ford). Mentions are compared by their text. ents are changed in place;
// the names are collected once per document, on its first one-word place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with, one
// document a sentence: NTREX Turkish dev 0.8605 → 0.8611, Milliyet dev
// split 0.8556 → 0.8571, Turkish Wiki NER dev 0.7853 → 0.7859; twenty
// sentences a document (-doc 20): NTREX Turkish dev 0.8791 → 0.8835 (a
// judge's surname read as a town five times; four places the tagger read
// as a person elsewhere in the story turn wrong), Milliyet 0.8580 →
// 0.8596. Weighing the person's mentions against the place's (a person
// only where the word is a person at least as often) did worse on every
// set (NTREX -doc 20 0.8810, Milliyet 0.8568). Other languages: NTREX
// English dev 0.8422 → 0.8415 (one sentence a document) and 0.8748 →
// 0.8775 (-doc 20), NTREX Russian dev 0.8701 → 0.8708 and 0.8839 →
// 0.8864, held-out FactRuEval dev (-doc 20) 0.8946 → 0.8963, UNER EWT dev
// (0.7432) and crosslingual dev (735 of 1038) unchanged.
func placesNamedAsPeople(doc *Document, ents []Entity, g *gazetteer.Gazetteer) {
	var people map[string]bool // built on the first one-word place
	for i := range ents {
		e := &ents[i]
		if e.Type != Location || e.Last-e.First != 1 {
			continue
		}
		if people == nil {
			people = make(map[string]bool)
			for k := range ents {
				if p := &ents[k]; p.Type == Person && p.Last > p.First && p.Last <= len(doc.Tokens) {
					people[doc.Tokens[p.Last-1].Text] = true
				}
			}
		}
		if people[e.Text] && !wideArea(e.ID, g) {
			e.Type, e.ID, e.Canonical = Person, "", ""
		}
	}
}
