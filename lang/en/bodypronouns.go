package en

import "github.com/varlik/varlik/lang"

var _ lang.BodyPronouns = English{}

// BodyRelative reports whether norm is "which" (lang.BodyPronouns): a
// person is "who".
func (English) BodyRelative(norm string) bool { return norm == "which" }

// BodyPossessive reports whether norm is "its" (lang.BodyPronouns): a
// person's is "his", "her" or "their".
func (English) BodyPossessive(norm string) bool { return norm == "its" }
