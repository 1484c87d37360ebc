package en

import "github.com/varlik/varlik/lang"

var _ lang.PersonAppositions = English{}

// PersonRelative reports whether norm is who or whose, relative pronouns
// for people, after a name and its comma (lang.PersonAppositions):
// "Woods , who dragged himself". Which and that are left out: they refer
// to things and organizations too.
func (English) PersonRelative(norm string) bool { return norm == "who" || norm == "whose" }

// AgeAfterName reports that English news writes a person's age between
// commas after the name (lang.PersonAppositions): "Willoughby , 37 ,
// took to Instagram".
func (English) AgeAfterName() bool { return true }
