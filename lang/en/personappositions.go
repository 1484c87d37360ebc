package en

import "github.com/varlik/varlik/lang"

var _ lang.PersonAppositions = English{}

// PersonRelative reports whether norm is who, the relative pronoun for
// people, after a name and its comma (lang.PersonAppositions): "Woods ,
// who dragged himself". Which and that are left out: they refer to things
// and organizations too; so is whose, which places take as well ("Harlem ,
// whose shops").
func (English) PersonRelative(norm string) bool { return norm == "who" }

// AgeAfterName reports that English news writes a person's age between
// commas after the name (lang.PersonAppositions): "Willoughby , 37 ,
// took to Instagram".
func (English) AgeAfterName() bool { return true }

// RoleOpener reports whether norm is an article, which opens an apposition
// naming a role after a name (lang.PersonAppositions): "Sutopo Purwo
// Nugroho , the agency 's spokesman , told", "Holt , a coach at the
// club ,".
func (English) RoleOpener(norm string) bool { return norm == "the" || norm == "a" || norm == "an" }
