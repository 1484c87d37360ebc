package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypePossessiveFirms makes an organization of a one-word person's
// mention whose possessive owns nothing, a verb it cannot contract
// following it (lang.PossessiveFirms: "Sainsbury 's has been putting Argos
// outlets in"): the possessive stands for
// the firm its founder named, as news writes of shops and supermarkets.
// The mention is left without the possessive, as the guidelines ask. A
// mention the gazetteer linked keeps its type. It returns the texts of
// the mentions it retyped. The possessive may be a token of its own
// ("Sainsbury 's") or glued to the name.
//
// A past form after the possessive was read so too at first (Sainsbury 's
// tested a, sold its: NTREX English dev 0.8682 → 0.8695), and dropped in
// review: "'s" contracts "has" before a participle, and "Federer 's won
// the title" is the person.
func retypePossessiveFirms(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	pf := capsOf(l).possessiveFirms
	pn := capsOf(l).possessiveNames
	if pf == nil || pn == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		v := e.Last + 1 // the verb's token
		if e.Type != annotation.Person || e.Last-e.First != 1 || e.ID != "" || v >= len(toks) ||
			!possessiveToken(&toks[e.Last], pn, l) ||
			!lowerCaseWord(&toks[v]) || !pf.FirmVerbAfterPossessive(lang.FoldToken(&toks[v], l)) {
			continue
		}
		e.Type, e.Canonical = annotation.Organization, ""
		names = append(names, e.Text)
	}
	return names
}
