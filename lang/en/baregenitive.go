package en

import "github.com/varlik/varlik/lang"

var _ lang.BareGenitives = English{}

// BareGenitive reports whether word is the lone "s" of a possessive
// written without its apostrophe (lang.BareGenitives: "Wendy s", split
// off "Wendys"). The upper-case S is left out: it is an initial (Harry S
// Truman).
func (English) BareGenitive(word string) bool { return word == "s" }
