package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.ReportingVerbs = English{}

// SayingVerb reports whether norm is a verb of saying, or of a mind
// (believes, wants, denied), or one of what a person does in the news
// (met, visited, scored, referred), in the past or present tense, written
// after its subject (lang.Speakers).
func (English) SayingVerb(norm string) bool { return sayingVerbs.Has(norm) }

var sayingVerbs = lang.NewWordSet(map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "tweeted": true, "continued": true, "testified": true,
	"stated": true, "explained": true, "replied": true, "argued": true, "insisted": true,
	"warned": true, "claimed": true, "admitted": true, "acknowledged": true, "noted": true,
	"recalled": true, "responded": true, "announced": true, "confirmed": true, "declared": true,
	"believes": true, "believed": true, "thinks": true, "thought": true, "hopes": true, "hoped": true,
	"wants": true, "wanted": true, "feels": true, "felt": true, "knows": true, "knew": true,
	"denied": true, "alleged": true, "complained": true, "apologised": true, "apologized": true,
	"vowed": true, "promised": true, "pledged": true, "asked": true, "answered": true,
	"met": true, "meets": true, "visited": true, "visits": true, "scored": true, "scores": true,
	"mentioned": true, "referred": true, "married": true, "starred": true, "stars": true,
})

// NotSpeaker reports whether norm, a capitalized word before a verb of
// saying, is no name (lang.Speakers): a pronoun or determiner, an adverb
// that opens a sentence whose subject is left out (Just wanted to ...), a
// day of the week, a collective noun (Police said), or at the opening of a sentence a plural in -s (Sources say,
// Officials said), which English capitalizes there like any word. A name
// in -s (Waters) is taken only inside a sentence.
func (English) NotSpeaker(norm string, opensSentence bool) bool {
	if notSpeakers[norm] || calendarWords.Has(norm) { // a month too: July called
		return true
	}
	return opensSentence && strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss")
}

var notSpeakers = map[string]bool{
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "who": true,
	"the": true, "a": true, "an": true, "one": true, "both": true, "all": true, "some": true,
	"many": true, "most": true, "others": true, "enough": true, "everyone": true, "nobody": true,
	"just": true, "also": true, "still": true, "never": true, "then": true, "now": true, "here": true,
	"so": true, "only": true, "even": true, "yet": true, "always": true, "often": true, "once": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
	// Collective nouns and indefinite pronouns that open a sentence as its
	// subject without an article ("Police said", "Staff explained").
	"police": true, "staff": true, "management": true, "everybody": true, "anybody": true, "anyone": true,
	"someone": true, "somebody": true,
}

// ReportingVerb reports whether norm is a verb that a newspaper, a channel
// or an agency is the subject of (reported, quoted, published): "the
// Advocate reports", "the Hill reported". They are not among the verbs of
// saying after which a lone capitalized word is taken for a person (lang.Speakers):
// "Variety reported" names a paper.
func (English) ReportingVerb(norm string) bool {
	switch norm {
	case "reported", "reports", "quoted", "quotes", "published", "publishes", "broadcast", "aired":
		return true
	}
	return false
}

// DefiniteArticle reports whether word, as written, is "the": a name
// after it that speaks is a body's or a paper's, not a person's.
func (English) DefiniteArticle(word string) bool { return word == "the" || word == "The" }

// SpeakerAdverb reports whether norm may stand between a speaker's name
// and the verb of saying (lang.SpeakerAdverbs): the auxiliaries of the
// perfect and closed-class adverbs of time and repetition ("West has
// previously said", "Kavanaugh also denied").
func (English) SpeakerAdverb(norm string) bool { return speakerAdverbs[norm] }

var speakerAdverbs = map[string]bool{
	"has": true, "had": true, "also": true, "previously": true, "earlier": true, "later": true,
	"then": true, "again": true, "once": true, "still": true, "never": true, "already": true,
	"recently": true, "repeatedly": true, "first": true, "last": true, "often": true, "always": true,
}

// PastTenseVerb reports whether norm is a verb in the past tense by its
// form (lang.PastTenseVerbs): a dictionary word of five letters or more in
// -ed, not -eed (converted, stretched; not need, speed, red).
func (English) PastTenseVerb(norm string) bool {
	return len(norm) >= 5 && strings.HasSuffix(norm, "ed") && !strings.HasSuffix(norm, "eed") && commonWords.Has(norm)
}
