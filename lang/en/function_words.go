package en

// JoinsNames reports whether norm coordinates two names ("and").
func (English) JoinsNames(norm string) bool { return norm == "and" }

// SkippedInAcronym reports whether norm has no letter in an acronym
// (Bank of America → BOA, Banco de España → BE).
func (English) SkippedInAcronym(norm string) bool { return acronymSkips[norm] }

var acronymSkips = map[string]bool{"of": true, "and": true, "for": true, "the": true, "de": true}
