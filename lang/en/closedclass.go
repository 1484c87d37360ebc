package en

import "github.com/varlik/varlik/lang"

var _ lang.ClosedClassWords = English{}

// ClosedClass reports whether norm, a folded word, is an English function
// word (lang.ClosedClassWords): in a headline in capitals, "WHO" and "IT"
// are the pronouns, not the World Health Organization or a field. "us" is
// left out: "US" in a headline is the United States as often.
func (English) ClosedClass(norm string) bool { return closedClass.Has(norm) }

// closedClass is a lang.WordSet: truecaseLower asks about every lower-case
// word of a sentence in lower case, most of them no function word, which
// its table turns away before the map.
var closedClass = lang.NewWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "if": true, "so": true,
	"as": true, "at": true, "by": true, "for": true, "from": true, "in": true, "into": true, "of": true, "off": true,
	"on": true, "onto": true, "out": true, "over": true, "to": true, "up": true, "with": true, "than": true,
	"i": true, "me": true, "my": true, "we": true, "our": true, "you": true, "your": true, "he": true, "him": true,
	"his": true, "she": true, "her": true, "it": true, "its": true, "they": true, "them": true, "their": true,
	"who": true, "whom": true, "whose": true, "what": true, "which": true, "that": true, "this": true,
	"these": true, "those": true, "when": true, "where": true, "why": true, "how": true,
	"am": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"do": true, "does": true, "did": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"can": true, "could": true, "shall": true, "should": true, "may": true, "might": true, "must": true,
	"not": true, "no": true, "all": true, "any": true, "some": true, "each": true, "both": true,
})
