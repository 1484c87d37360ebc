package en

import "strings"

// FirmVerbAfterPossessive reports whether verb and next, the folded
// lower-case words right after a name's possessive, are a verb and what
// follows it (lang.PossessiveFirms): "has" whatever follows ("Sainsbury 's
// has been", as "'s has" never contracts "is" or "has"), or a past form in
// -ed followed by a determiner ("Sainsbury 's tested a", "sold its":
// an -ed adjective before a noun, "Smith 's alleged victim", is followed
// by the noun, not a determiner). Irregular pasts are listed (sold, bought,
// made, ...).
func (English) FirmVerbAfterPossessive(verb, next string) bool {
	if verb == "has" {
		return true
	}
	if !firmObjectStarts[next] {
		return false
	}
	return len(verb) > 4 && strings.HasSuffix(verb, "ed") || irregularPasts[verb]
}

var firmObjectStarts = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true}

var irregularPasts = map[string]bool{
	"sold": true, "bought": true, "made": true, "took": true, "won": true, "lost": true, "built": true,
	"paid": true, "spent": true, "cut": true, "began": true, "brought": true, "set": true, "sent": true,
}
