package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// streetScore is the score of a mention that addStreetNames adds: a
// guess from the word's ending.
const streetScore = 0.5

// addStreetNames makes a capitalized word that ends in a street's or a
// square's borrowed word (lang.PlaceNameEndings: Russian Джон-стрит,
// Эвелин-стрит) a place: a person's or organization's mention of that one
// word the gazetteer did not give is retyped, and the word is added where
// no mention holds it. The tagger reads the name before the hyphen (a
// given name: Джон, Эвелин) as a person's or leaves the word. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8735 → 0.8746 (Эвелин-стрит, Джон-стрит), held-out
// FactRuEval dev (-doc 20) unchanged at 0.8946; the other languages
// implement no lang.PlaceNameEndings.
func addStreetNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	pe := capsOf(l).placeNameEndings
	if pe == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	e := 0 // the first mention not ending before token k
	for k := 0; k < len(toks); k++ {
		if k = cases.next(k, len(toks), capitalizedCase); k == len(toks) {
			break // most words are lower-case
		}
		for e < len(ents) && ents[e].Last <= k {
			e++
		}
		// A mention that holds the word is changed only where it is the
		// word alone, of another type and with no ID: the word is asked
		// about (a dear question) only where the rule may act.
		if e < len(ents) && ents[e].First <= k {
			if m := &ents[e]; !(m.First == k && m.Last == k+1 && m.Type != annotation.Location && m.ID == "") {
				continue
			}
		}
		if t := &toks[k]; t.Kind != lang.Word || !pe.EndsPlaceName(lang.FoldToken(t, l)) {
			continue
		}
		switch {
		case e < len(ents) && ents[e].First <= k:
			if m := &ents[e]; m.First == k && m.Last == k+1 && m.Type != annotation.Location && m.ID == "" {
				m.Type, m.Canonical = annotation.Location, ""
			}
		default:
			added = append(added, doc.Mention(k, k+1, annotation.Location, streetScore, "rule"))
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}
