package en

import "github.com/varlik/varlik/lang"

var _ lang.CapitalAcronyms = English{}

// CapitalAcronym reports whether norm, a folded word written in capitals
// in text in ordinary case, is read as an acronym (lang.CapitalAcronyms):
// any word but a given name (KERRY, JUSTIN are names shouted).
func (e English) CapitalAcronym(norm string) bool { return !e.GivenName(norm) }
