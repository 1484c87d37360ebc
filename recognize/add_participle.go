package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addParticipleSubjects makes a person of the capitalized word between a
// subject participle and a comma (lang.SubjectParticiples: Turkish "...
// olduğunu vurgulayan Kaya , ..."), where no mention holds the word or
// only the tagger's place alone does: news introduces the sentence's
// speaker or actor this way, and the tagger misses the surnames that are
// common words (Bayrak, Tanık) and takes the foreign ones it never saw for
// places. A participle describes any noun, so a word in capitals, a
// plural (Türkler, the Turks), a role or title of the language's cues
// ("açıklama yapan Bakan ,") and a word with a first or second person
// possessive ("kurulan Derneğimiz ,") are left out. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// the Milliyet dev split 0.8556 → 0.8564 (four people, one of them the
// tagger's place; no false one), NTREX Turkish dev 0.8588 → 0.8591
// (Scherzer after olan), Turkish Wiki NER dev unchanged (0.7845).
func addParticipleSubjects(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	sp := capsOf(l).subjectParticiples
	if sp == nil {
		return ents
	}
	nc := capsOf(l).nameCues
	pn := capsOf(l).pluralNouns
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token k
	for k := 1; k+1 < len(toks); k++ {
		if k = nextToken(toks, k+1, isComma) - 1; k+1 == len(toks) {
			break // the comma after the name first: most words have none
		}
		t := &toks[k]
		if !cases.capitalized(k) || !cases.lower(k-1) || lang.RuneCount(t.Text) < 3 ||
			strings.ToUpper(t.Text) == t.Text || pn != nil && pn.PluralNoun(lang.FoldToken(t, l)) || !sp.SubjectParticiple(lang.FoldToken(&toks[k-1], l)) ||
			nc != nil && nc.Cue(lang.FoldToken(t, l)) != lang.NoCue || ownedBySpeaker(t, l) {
			continue
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		switch {
		case j == len(ents) || ents[j].First > k:
			added = append(added, doc.Mention(k, k+1, annotation.Person, 0.5, "rule"))
		case ents[j].First == k && ents[j].Last == k+1 && ents[j].Type == annotation.Location && ents[j].Source == "model":
			ents[j].Type, ents[j].Canonical, ents[j].Source = annotation.Person, "", ents[j].Source+"+rule"
		}
	}
	return mention.MergeByStart(ents, added)
}

// ownedBySpeaker reports whether a reading of t has a first or second
// person possessive (Derneğimiz, our association): a common noun, as no
// name takes one.
func ownedBySpeaker(t *lang.Token, l lang.Language) bool {
	for _, a := range l.Analyze(lang.FoldToken(t, l)) {
		for _, s := range a.Suffixes {
			switch s {
			case "P1sg", "P2sg", "P1pl", "P2pl":
				return true
			}
		}
	}
	return false
}
