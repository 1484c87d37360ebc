package en

import "github.com/varlik/varlik/lang"

var _ lang.InterviewVerbs = English{}

// InterviewVerb reports whether norm, a folded word, is a verb whose
// capitalized object closing the clause is the medium spoken to
// (lang.InterviewVerbs): told ("he told Reuters ."). Tell, tells are left
// out: a headline's present tense names people as often ("Trump tells
// May").
func (English) InterviewVerb(norm string) bool { return norm == "told" }

// ClauseEnd reports whether norm, a folded word after the object, opens
// an adverbial that ends the clause (lang.InterviewVerbs): "told CNBC in
// an interview", "told Reuters on Tuesday".
func (English) ClauseEnd(norm string) bool { return norm == "in" || norm == "on" }
