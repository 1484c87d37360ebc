package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// webServicesAsOrganizations makes an organization of a one-word mention
// of a place or a person that names a web service in the language's own
// script (lang.WebServices: Russian "в Твиттере", "в Инстаграме"): the
// tagger reads a name after "in" as a place, and the guideline types a
// service as the company it is. Whatever ID the word was linked to was the
// place's or person's it was read as. ents are changed in place.
//
// Chosen on NTREX Russian dev (cmd/evaluate -pipeline -lang ru
// corpus/ru.dev.conll), where 12 such mentions were places.
func webServicesAsOrganizations(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	ws := capsOf(l).webServices
	if ws == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Last-e.First != 1 || e.Type != annotation.Location && e.Type != annotation.Person {
			continue
		}
		if ws.WebService(lang.FoldToken(&doc.Tokens[e.First], l)) {
			toOrganization(e)
		}
	}
}
