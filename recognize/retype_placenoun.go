package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// maxPlaceNounWords bounds the capitalized words no mention holds that
// placesBeforePlaceNoun makes a place before a place noun (Punta Eugenia
// sahiline).
const maxPlaceNounWords = 3

// placesBeforePlaceNoun makes a place of the name right before a
// lower-case place noun in a compound with it (lang.PlaceNounsAfter:
// "Köln kentinde", "Napoli kentindeki", "Four Corners bölgesine", "Ponto
// sahilinden"): the noun says what the name is, while the tagger and the
// club rules read a town that fields a club as the club, and the tagger
// reads a town it never saw as a person or leaves it out. A person's or an
// organization's mention is retyped, but before a building's noun only a
// person's (lang.PlaceNounsAfter.FacilityNounAfter: "Long Lartin
// hapishanesi"; "Fenerbahçe stadında" is the club's); the gazetteer's entry, if any, was
// the club's or the person's, so the place's entry replaces it, or none.
// Where no mention holds the name, the capitalized words right before the
// noun (at most maxPlaceNounWords, not a sentence's first word, which is
// capitalized anyway, nor a people's word, lang.GroupWords: "Katalan
// sahilleri") become a place. ents are sorted and non-overlapping, and stay
// so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8716 → 0.8729 (-doc 10 0.8883 → 0.8896: Napoli
// kentindeki, Four Corners bölgesine), Turkish Wiki NER dev 0.7852 → 0.7859
// (Toulouse kentinde), the Milliyet dev split unchanged (0.8656). Natural
// features and streets, and the names no mention held: NTREX Turkish dev
// 0.8763 → 0.8773 (-doc 10 0.8929 → 0.8940: Ponto sahilinden, Swami
// sahiline, Popocatepetl volkanından), Wiki NER dev 0.7859 → 0.7863 (Sovyet
// kentinden), the Milliyet dev split unchanged (0.8658; without "hint" as a
// people's word, an Indian village cost it 0.8656). Buildings' and facilities'
// nouns: NTREX Turkish dev 0.8779 → 0.8785 (-doc 10 0.8948 → 0.8955: Long
// Lartin hapishanesi), the Milliyet dev split (0.8658) and Wiki NER dev
// (0.7863) unchanged; with kalesi and sahası too, Milliyet lost a keeper's
// goal (0.8655). A person's name of two words or more that opens with a
// given name (lang.GivenNames) stays a person's: the noun is then the
// object of a verb, not a compound with the name ("Muhtar Hasan Çelik
// köyleri dolaştı", "Ahmet Kaya köylerini ziyaret etti"; from a probe of
// written news sentences, the dev sets unchanged).
func placesBeforePlaceNoun(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model, cases wordCases) []annotation.Entity {
	pn := capsOf(l).placeNounsAfter
	if pn == nil {
		return ents
	}
	gw := capsOf(l).groupWords
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token k
	for k := 1; k < len(toks); k++ {
		if k = cases.next(k-1, len(toks)-1, capitalizedCase) + 1; k == len(toks) {
			break // the noun comes after a capitalized word
		}
		if !cases.lower(k) {
			continue
		}
		norm := lang.FoldToken(&toks[k], l)
		place := pn.PlaceNounAfter(norm)
		if !place && !pn.FacilityNounAfter(norm) {
			continue
		}
		for j < len(ents) && ents[j].Last < k {
			j++
		}
		if j < len(ents) && ents[j].Last == k {
			if e := &ents[j]; e.Type == annotation.Person && !givenNameFirst(toks, e, l) || e.Type == annotation.Organization && place {
				placeFromGazetteer(e, l, g)
			}
			continue
		}
		if j < len(ents) && ents[j].First < k {
			continue // the noun is inside a longer name
		}
		first := k - 1
		for first > 0 && k-first < maxPlaceNounWords && cases.capitalized(first-1) && (j == 0 || ents[j-1].Last < first) {
			first--
		}
		for first < k && (m == nil && sentenceStart(toks, first) || m != nil && commonWord(lang.FoldToken(&toks[first], l), l, m)) {
			first++ // "Sahil kentinde" at a sentence's start; a quoted pronoun
		}
		if first == k || gw != nil && gw.IsGroupWord(lang.FoldToken(&toks[k-1], l)) {
			continue
		}
		e := doc.Mention(first, k, annotation.Location, 0.5, "rule")
		placeFromGazetteer(&e, l, g)
		added = append(added, e)
	}
	return mention.MergeByStart(ents, added)
}

// placeFromGazetteer makes e a place, with the gazetteer's first place
// entry of its name, or none.
func placeFromGazetteer(e *annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	e.Type, e.ID, e.Canonical = annotation.Location, "", ""
	if g == nil {
		return
	}
	for _, c := range g.Lookup(e.Text, "") {
		if isPlace(c) {
			e.ID, e.Canonical = c.ID, c.Name(l.Code())
			return
		}
	}
}

// givenNameFirst reports whether e is of two words or more and its first
// word is a given name of l's (lang.GivenNames).
func givenNameFirst(toks []lang.Token, e *annotation.Entity, l lang.Language) bool {
	gn := capsOf(l).givenNames
	return gn != nil && e.Last-e.First > 1 && gn.GivenName(lang.FoldToken(&toks[e.First], l))
}
