package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// retypeOwnedList makes the people's and places' mentions listed after an
// organization's mention that a word before it makes an organization's
// (lang.OrganizationOwnedBefore) organizations too: the word governs the
// whole list (Russian "в магазинах Бутс , Супердраг и Дебенхэмс"). The
// list's mentions follow one another with a comma or a word that joins
// names (lang.FunctionWords: и) between them; one the gazetteer knows
// keeps its type, as in retypeByContext, and ends the list. It returns
// the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the
// rule: NTREX Russian dev 0.8076 → 0.8089 (Супердраг, Дебенхэмс),
// held-out FactRuEval (-lang ru -doc 20) unchanged (0.8846); NTREX
// Turkish dev (0.8140, and 0.8262 at -doc 10) and the Milliyet dev split
// (0.8458), whose language has such words too, unchanged.
func retypeOwnedList(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	ob := capsOf(l).organizationOwnedBefore
	fw := capsOf(l).functionWords
	if ob == nil || fw == nil {
		return nil
	}
	toks := doc.Tokens
	for i := 0; i < len(ents); i++ {
		e := &ents[i]
		if e.Type != annotation.Organization || e.First == 0 || !ownedByNext(&toks[e.First-1], ob, l) {
			continue
		}
		for i+1 < len(ents) && ents[i+1].First == ents[i].Last+1 && listJoint(&toks[ents[i].Last], fw, l) {
			i++
			n := &ents[i]
			if n.Type != annotation.Person && n.Type != annotation.Location || n.ID != "" {
				break
			}
			n.Type, n.Canonical = annotation.Organization, ""
			names = append(names, n.Text)
		}
	}
	return names
}

// listJoint reports whether t joins two names of a list: a comma or a
// word that joins names.
func listJoint(t *lang.Token, fw lang.FunctionWords, l lang.Language) bool {
	return t.Text == "," || t.Kind == lang.Word && fw.JoinsNames(lang.FoldToken(t, l))
}

// separatesList is listJoint for the rules that take only a lower-case
// joining word (joinsNames: not a capitalized "Ve" opening a name) and
// may have no lang.FunctionWords: a comma, or such a word ("Aldi , Lidl
// ve Boots").
func separatesList(t *lang.Token, fw lang.FunctionWords, l lang.Language) bool {
	return t.Text == "," || joinsNames(t, fw, l)
}
