package en

import "github.com/varlik/varlik/lang"

var (
	_ lang.LoneBodies    = English{}
	_ lang.OpeningBodies = English{}
	_ lang.MemberTitles  = English{}
)

// loneBodies are the folded common nouns that, capitalized and alone
// mid-sentence, name one body in news: a legislature (Congress, the
// Senate, Parliament), the defence ministry by its building (the
// Pentagon), a governing or military coalition, the armed services, a
// court by its short name (the Court ruled), the central bank (the Fed),
// the treasury, a ministry by its short name (the Department: 5 of 5
// alone in the sets below are tagged), the British Labour party (lower-case "labour" is work)
// and Plaid Cymru by its short name. Left out because their capitalized
// bare form names no one body as often as it is a common noun or title
// (Universal NER EWT train, GUM, wikigold, PUD, NTREX English dev:
// Government 14 of 16 untagged, Commission 8 of 10, Democrats and
// Republicans untagged in the NTREX and UNER convention).
var loneBodies = lang.NewWordSet(map[string]bool{
	"congress": true, "senate": true, "parliament": true, "pentagon": true,
	"coalition": true, "army": true, "navy": true, "court": true, "fed": true,
	"treasury": true, "labour": true, "plaid": true, "department": true,
})

// NamesBody reports whether norm, a folded word, names a body when it is
// capitalized and alone (lang.LoneBodies): Congress, the Senate, Labour.
func (English) NamesBody(norm string) bool { return loneBodies.Has(norm) }

// openingBodies are the loneBodies that name their body even as a
// sentence's first word (lang.OpeningBodies): news opens on them ("Labour
// denies", "Parliament 's statue", "Pentagon says": of the 12 such
// openers in EWT train, GUM, wikigold, PUD, BTC train and NTREX English
// dev, 8 are tagged organizations, 2 the body under another type and 2,
// in BTC, left untagged). Left out: court, army, navy, coalition, fed,
// treasury, whose common nouns open sentences too (Court documents, Army
// sergeant, Fed up, Treasury yields).
var openingBodies = map[string]bool{
	"congress": true, "senate": true, "parliament": true, "pentagon": true, "labour": true,
}

// OpensAsBody reports whether norm, a folded body's word, names the body
// when it opens a sentence (lang.OpeningBodies).
func (English) OpensAsBody(norm string) bool { return openingBodies[norm] }

// memberTitles are the acronyms of the elected members of parliaments and
// assemblies in English-speaking countries, as written after a party's
// name (lang.MemberTitles): MP, Welsh AM, Scottish MSP, MEP, Northern
// Irish MLA, Irish TD. Only as written in capitals: "am" is a verb.
var memberTitles = map[string]bool{
	"MP": true, "MPs": true, "AM": true, "AMs": true, "MSP": true, "MSPs": true, "MEP": true, "MEPs": true,
	"MLA": true, "MLAs": true, "TD": true, "TDs": true,
}

// MemberTitle reports whether word, as written, is an elected member's
// title (lang.MemberTitles): "a Labour MP".
func (English) MemberTitle(word string) bool { return memberTitles[word] }
