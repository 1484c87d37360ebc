package relation

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/annotation"
)

// A Pattern is a sequence of elements matched left to right over the units
// of one sentence (a quoted stretch may run across sentences). Elements
// that may match in several ways (gaps, clauses) try the shortest first,
// so a subject pairs with the nearest trigger after it.
type Pattern struct {
	Rel   annotation.RelationType
	Elems []Elem
	// Known, when set, keeps only the matches that what Places knows of
	// the places confirms: a construction that may state containment ("X,
	// Y", "X (Y)", "Y's X") states it when the gazetteer puts X within Y.
	Known Knowledge
	// anchor, set by Register, is the index of the element that the unit
	// a match starts at must begin, or -1 when any unit may (anchorOf).
	anchor int
	// entFollowed, set by Register, says that the anchor is an entity of
	// one unit and the element after it no gap (entFollowedOf).
	entFollowed bool
	// ahead, set by Register, holds the leads of the word elements that
	// every match takes after its anchor in the sentence it starts in, in
	// their order (aheadOf; see lastStart).
	ahead []int
}

// Knowledge is what a Pattern needs Places to know of its subject and
// object beyond its words.
type Knowledge uint8

const (
	// Stated: the words alone state the relation.
	Stated Knowledge = iota
	// KnownWithin: the subject's chain of parents and countries reaches
	// the object ("Kansas City, Missouri": Kansas City's parent is Missouri).
	KnownWithin
	// KnownWithinOrCountry: as KnownWithin, or nothing is known of the
	// subject and the object is a country ("Punta Eugenia, Mexico"): a
	// place the gazetteer does not know, written with a country as its
	// address, lies in it.
	KnownWithinOrCountry
	// KnownTownWithin: as KnownWithin, and the subject is a town (a city,
	// a capital, a district). In a list a region may stand beside its own
	// country as a sibling ("Taiwan, China and Japan"); a town written
	// with its region is its address ("Kansas City, Missouri, and Omaha").
	KnownTownWithin
)

type op uint8

const (
	opEnt       op = iota // one entity mention (or a list of them, "X, Y ve Z")
	opWord                // one of several trigger phrases
	opTitle               // a title: [Capitalized modifiers] head [extension], e.g. Dışişleri Bakanı
	opGap                 // 0..max units of anything
	opClause              // 1..max units ending in a reported-speech word; the quote of SAYS
	opQuote               // a quoted stretch “...”; the quote of SAYS
	opParen               // "(" entity ")", an acronym after a name
	opNotEnt              // look-ahead: the next unit is not an entity of these types
	opNotWord             // look-ahead: the next unit does not start one of these phrases
	opRest                // the rest of the sentence before its final punctuation; the quote of SAYS
	opSaid                // 1..max units, the fewest after which the rest matches; the quote of SAYS
	opSentStart           // look-behind: the next unit starts a sentence
	opSentEnd             // look-ahead: the sentence ends here, or only its final punctuation is left
	opQuoteRest           // the rest of the quotation the unit stands in, across sentences; the quote of SAYS
	opAside               // optional: a stretch of at most max units between two commas (or two dashes)
	opAheadWord           // look-ahead: the next unit starts one of these phrases
	opNotAfter            // look-behind: the unit before, in the same sentence, is none of these words
)

// Arg says which argument of the relation an entity element binds.
type Arg uint8

const (
	ArgNone Arg = iota // the entity is matched but is no argument (a place in "X flew to Delhi, where he met Y")
	ArgSubj            // the relation's subject
	ArgObj             // the relation's object
)

// TitleMode says which titles a Title element accepts, by whether a title
// makes its holder a member of a body (a deputy, a senator).
type TitleMode uint8

const (
	TitleAny      TitleMode = iota // every title
	TitleNoMember                  // titles that make one a member (Milletvekili) are left to MEMBER_OF
	TitleMember                    // only titles that make one a member
	// TitleOwned are titles not made members whose head carries a possessive or
	// compound marker (Turkish diplomatı, not diplomat): what an owner in the
	// genitive before it names ("Kuzey Kore'nin önde gelen diplomatı").
	TitleOwned
)

// An Elem is one element of a Pattern, made by the constructors below
// (Ent, Words, Title, Gap, ...).
type Elem struct {
	op        op
	arg       Arg
	types     typeSet
	cases     []string      // allowed cases of an entity; nil allows any
	list      bool          // opEnt: also take coordinated entities of the same kind
	phrases   [][]string    // opWord, opNotWord, opAheadWord
	starts    *phraseStarts // phrases by their first word, set by Register; nil: try each
	after     []string      // opNotAfter: single folded words
	max       int           // opGap, opClause
	stop      typeSet       // opGap: entity types a gap may not cross
	stopGen   typeSet       // opGap: entity types a gap may not cross in the genitive
	stopSubj  typeSet       // opGap: entity types a gap may not cross where they may be a subject
	stopWords []string      // opGap: words a gap may not cross (negations)
	// lead is the element's bit in the phrase index, set by Register: of
	// the units where a phrase of an opWord, opNotWord or opAheadWord may
	// start (shared by the elements of the same phrases), of those that are
	// one of an opGap's stopWords.
	lead int
	// consumer, set by Register for a look-around (isLookAround), is the
	// distance from it to the first element after it that is no
	// look-around, which must then match at the look-around's unit; 0 when
	// there is none or it is optional.
	consumer int
	titles   TitleMode
	opt      bool
}

// Element constructors, used by the Pattern tables. Types are written
// "PER|LOC|ORG", cases "Nom|Gen" ("" = any case).

// Ent is one entity mention of one of types, in one of cases, bound to
// argument a.
func Ent(a Arg, types, cases string) Elem {
	return Elem{op: opEnt, arg: a, types: parseTypes(types), cases: splitBar(cases)}
}

// EntList is Ent that also takes a list of coordinated mentions of the
// same kind ("X, Y ve Z"), each bound to a: one relation per mention.
func EntList(a Arg, types, cases string) Elem {
	e := Ent(a, types, cases)
	e.list = true
	return e
}

// Words is one of phrases (a phrase's words separated by ASCII spaces; no other
// white space separates them), matched on the units' folded forms.
func Words(phrases ...string) Elem { return Elem{op: opWord, phrases: splitPhrases(phrases)} }

// NotWords matches nothing, where the next unit does not start one of
// phrases (a look-ahead).
func NotWords(phrases ...string) Elem { return Elem{op: opNotWord, phrases: splitPhrases(phrases)} }

// AheadWords matches nothing, where the next unit starts one of phrases (a
// look-ahead): the words said that open with their preposition, "заявил о
// намерении ..." (о намерении is what was said).
func AheadWords(phrases ...string) Elem { return Elem{op: opAheadWord, phrases: splitPhrases(phrases)} }

// NotAfter matches nothing, where the unit before it in its sentence is
// none of words (single folded words; a look-behind). A verb right after a
// coordinator is the second predicate of a clause, whose subject is the
// first predicate's: in "Mishustin welcomed Li and said ..." the name
// before "and said" is an object, so a speaker found through a gap before
// the verb must not be read across "and".
func NotAfter(words ...string) Elem { return Elem{op: opNotAfter, after: slices.Clone(words)} }

// Title is a title the language's table knows (capitalized modifiers, a
// head, an extension: Dışişleri Bakanı, Secretary of State), of mode m;
// a ROLE's role is its text.
func Title(m TitleMode) Elem { return Elem{op: opTitle, titles: m} }

// Gap is 0 to n units of anything but an entity of the types in stop.
func Gap(n int, stop string) Elem { return Elem{op: opGap, max: n, stop: parseTypes(stop)} }

// ClauseGap is a gap between a clause's subject and its object that stops
// at a genitive person: "Peskov, Putin'in Hindistan'ı ziyaret edeceğini
// açıkladı" is Putin's visit, the subject of the nominalized clause.
func ClauseGap(n int) Elem {
	return Elem{op: opGap, max: n, stopGen: typeOf(annotation.Person)}
}

// SubjectGap is a gap between a subject and its verb that may not cross
// another entity of stop that may be a subject (in the nominative, not
// before a postposition, or in the genitive), but crosses one in an
// oblique case, an object of a predicate on the way: in "Erdoğan, Putin
// ile görüştü ve “...” dedi" the speaker is Erdoğan, not Putin.
func SubjectGap(n int, stop string) Elem {
	return Elem{op: opGap, max: n, stopSubj: parseTypes(stop)}
}

// GapWithout is a gap that may not cross the given words either: a
// negation between a subject and its verb ("Georgia is not a member",
// "Орбан не поехал") denies the relation.
func GapWithout(n int, stop string, words ...string) Elem {
	e := Gap(n, stop)
	e.stopWords = slices.Clone(words)
	return e
}

// Clause is 1 to n units ending in a word of reported speech: the words
// said of a SAYS.
func Clause(n int) Elem { return Elem{op: opClause, max: n} }

// Said is the words said when nothing marks where they end but what
// follows (", Peskov told reporters"; "«…, — сказал X"): the fewest units,
// at least one, after which the rest of the Pattern matches.
func Said(n int) Elem { return Elem{op: opSaid, max: n} }

// Aside is an optional insertion between a subject and its verb, closed
// as it opened, by a comma or a dash: "Rubio, the U.S. secretary of state,
// spoke", "ВОЗ, штаб-квартира которой находится в Женеве, сообщила". A gap
// that may not cross a comma then keeps a name inside a relative clause
// ("Zelenskiy, who met Trump in Rome, said") from being the subject.
func Aside(n int) Elem { return Elem{op: opAside, max: n, opt: true} }

// SentenceStart matches nothing, where a sentence starts: reported speech
// put before its speaker starts its sentence.
func SentenceStart() Elem { return Elem{op: opSentStart} }

// SentenceEnd matches nothing, where only a sentence's final punctuation
// (or nothing) is left: the speaker after the words said ends the
// sentence ("..., the Kremlin said.").
func SentenceEnd() Elem { return Elem{op: opSentEnd} }

// QuoteRest is the rest of the quotation the next unit stands in, up to
// its closing mark, across sentences: the second part of a quotation
// interrupted by its speaker («…, — сказал X. — Но …»). A leading dash is
// left out.
func QuoteRest() Elem { return Elem{op: opQuoteRest} }

// Quote is a quoted stretch (“...”, «...», "..."): the words said of a SAYS.
func Quote() Elem { return Elem{op: opQuote} }

// Rest is the rest of the sentence before its final punctuation: the
// words said of a SAYS whose speaker and verb come first.
func Rest() Elem { return Elem{op: opRest} }

// Paren is an entity in brackets after a name, "(" entity ")": an
// acronym or a short name given beside the full one.
func Paren() Elem { return Elem{op: opParen} }

// NotEnt matches nothing, where the next unit is not an entity of types
// (a look-ahead).
func NotEnt(types string) Elem { return Elem{op: opNotEnt, types: parseTypes(types)} }

// Opt makes e optional: the Pattern matches with e or without it.
func Opt(e Elem) Elem {
	e.opt = true
	return e
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// A typeSet is a set of the entity types that Patterns name, a bit each:
// units carry theirs (unit.types) so that an element tests a mask where
// it looked the type up in a list of strings (which saved 2-4% of
// relation.Extract on news, most on English).
type typeSet uint8

const allTypes typeSet = 7 // PER, LOC, ORG

// typeOf is the set of type t alone; empty for a type Patterns do not name.
func typeOf(t annotation.Type) typeSet {
	switch t {
	case annotation.Person:
		return 1
	case annotation.Location:
		return 2
	case annotation.Organization:
		return 4
	}
	return 0
}

func parseTypes(s string) typeSet {
	var ts typeSet
	for _, t := range splitBar(s) {
		switch t {
		case "PER":
			ts |= typeOf(annotation.Person)
		case "LOC":
			ts |= typeOf(annotation.Location)
		case "ORG":
			ts |= typeOf(annotation.Organization)
		default:
			panic("entity: bad type in Pattern: " + t)
		}
	}
	return ts
}

// splitPhrases splits each phrase into its words at ASCII spaces (see
// Words), into one backing array. strings.Fields asked Unicode's tables of
// every rune of a Cyrillic phrase whether it is a space, and a slice for
// each phrase cost an allocation: together most of the 2 ms a program's
// first Russian sentence waited for its patterns.
func splitPhrases(ps []string) [][]string {
	n := 0
	for _, p := range ps {
		n += strings.Count(p, " ") + 1
	}
	words := make([]string, 0, n)
	out := make([][]string, len(ps))
	for i, p := range ps {
		start := len(words)
		for w := range strings.SplitSeq(p, " ") {
			if w != "" {
				words = append(words, w)
			}
		}
		out[i] = words[start:len(words):len(words)]
	}
	return out
}
