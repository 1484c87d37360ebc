package en

// FirmVerbAfterPossessive reports whether verb, the folded lower-case word
// right after a name's possessive, shows that the possessive owns nothing
// (lang.PossessiveFirms): "has" ("Sainsbury 's has been"), as "'s has"
// never contracts "is" or "has". A past form after "'s" does not tell:
// "Sainsbury 's sold its pharmacy business" is the firm, but "Federer 's
// won the title" is "Federer has won", the person.
func (English) FirmVerbAfterPossessive(verb string) bool {
	return verb == "has"
}
