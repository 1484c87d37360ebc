package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addBracketAcronyms adds the acronym that an organization's name
// introduces in brackets right after it ("İşçi Partisi (İP)", "Uygulama
// Kurumu (BPPT)") as a mention of the same organization, where no other
// mention holds it: news writes an organization's acronym this way the
// first time it names it, and the tagger, which sees one bracketed
// capitalized word, often leaves it out. An acronym is one word of 2 to 10
// letters with at least two capitals, the first letter among them. ents
// are sorted and non-overlapping, and stay so; the new mentions take the
// organization's score and the source "rule".
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8078 → 0.8082 (BPPT), the Milliyet dev split 0.8435
// → 0.8444 (five acronyms: İP three times, TÜMTİS, TEMA), Turkish Wiki NER
// dev 0.7759 → 0.7757 (a country's name in capitals: "JAL International
// (JAPON)"; through examples/tag -in conll 0.7739 → 0.7737).
func addBracketAcronyms(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	var added []annotation.Entity // most documents have none
	for i, e := range ents {
		a := e.Last + 1 // the acronym's token
		if e.Type != annotation.Organization || a+1 >= len(doc.Tokens) || !opensBracket(doc.Tokens[a-1].Text) ||
			!closesBracket(doc.Tokens[a+1].Text) || !isAcronym(doc.Tokens[a].Text) ||
			i+1 < len(ents) && ents[i+1].First <= a {
			continue
		}
		added = append(added, doc.Mention(a, a+1, annotation.Organization, e.Score, "rule"))
	}
	return mention.MergeByStart(ents, added)
}

func opensBracket(s string) bool        { return s == "(" || s == "[" }
func openingBracket(t *lang.Token) bool { return opensBracket(t.Text) }
func closesBracket(s string) bool       { return s == ")" || s == "]" }

// isAcronym reports whether s is 2 to 10 letters, at least two of them
// capitals, the first one among them (İP, TÜMTİS, BPPT, YouGov is not).
func isAcronym(s string) bool {
	n, upper := 0, 0
	for i, r := range s {
		if !lang.IsLetter(r) || i == 0 && !lang.IsUpper(r) {
			return false
		}
		n++
		if lang.IsUpper(r) {
			upper++
		}
	}
	return n >= 2 && n <= 10 && upper >= 2 && upper*2 >= lang.RuneCount(s)
}
