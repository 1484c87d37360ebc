// Package annotation holds the types that every stage of varlik reads and
// writes: a Document with its tokens, sentences, entity mentions and
// relations, and the token-level Span that recognizers produce.
//
// Invariant: for every Entity and Relation in a Document, Text[Start:End]
// is its text, in UTF-8 byte offsets into the document's own text. An
// apostrophe suffix is never part of an entity (Çin'in → Çin).
package annotation

import "github.com/varlik/varlik/lang"

// Type is an entity type.
type Type string

// Entity types.
const (
	Person       Type = "PERSON"
	Location     Type = "LOCATION"
	Organization Type = "ORGANIZATION"
)

// Misc is the type of names that are neither people, places nor
// organizations (events, works, products, nationalities). Training data
// that marks them lets a tagger learn that a capitalized "Eurovision
// Şarkı Yarışması" is a name but no organization; no Extractor returns it.
const Misc Type = "MISC"

// Entity is one mention of a named entity.
type Entity struct {
	Text  string `json:"text"`  // input[Start:End]
	Type  Type   `json:"type"`  // PERSON, LOCATION or ORGANIZATION
	Start int    `json:"start"` // UTF-8 byte offset, inclusive
	End   int    `json:"end"`   // UTF-8 byte offset, exclusive
	// ID names what the mention refers to: a gazetteer ID (a Wikidata QID,
	// or a namespaced ISO 3166 or GeoNames ID) where one is known, else an
	// ID made from the name ("name:m-trs" for Theresa May, the same across
	// documents and scripts; see package link), else a document-local ID
	// ("local:N"); all mentions linked together share it.
	ID string `json:"id"`
	// Canonical is the full name of what the mention refers to, in the
	// document's language where known (Li → Li Qiang).
	Canonical string  `json:"canonical"`
	Score     float64 `json:"score"`  // confidence in [0, 1]
	Source    string  `json:"source"` // what found it: model, gazetteer, rule, link (joined with + when several agree)
	// First and Last are the token indices of the mention, Last exclusive.
	First int `json:"-"`
	Last  int `json:"-"`
}

// RelationType is a relation type.
type RelationType string

// Relation types. Their argument types are checked by the relation
// patterns (package relation).
const (
	Role      RelationType = "ROLE"       // PERSON holds Role of LOCATION|ORGANIZATION
	LocatedIn RelationType = "LOCATED_IN" // LOCATION is within LOCATION
	Meets     RelationType = "MEETS"      // PERSON meets PERSON
	MemberOf  RelationType = "MEMBER_OF"  // LOCATION|ORGANIZATION|PERSON is a member of ORGANIZATION
	Visits    RelationType = "VISITS"     // PERSON visits LOCATION
	Says      RelationType = "SAYS"       // PERSON|ORGANIZATION says the quote in Quote
)

// Relation is a relation stated in the text between two entities.
type Relation struct {
	Type    RelationType `json:"type"`
	Subject int          `json:"subject"` // index into Document.Entities
	Object  int          `json:"object"`  // index into Document.Entities; -1 when it has no object entity (SAYS, and ROLE with no place or organization in the text)
	Role    string       `json:"role,omitempty"`
	Start   int          `json:"start"` // evidence span, UTF-8 byte offsets
	End     int          `json:"end"`
	// QuoteStart and QuoteEnd delimit what was said, for SAYS; there is
	// a quote when QuoteEnd > QuoteStart. In JSON each is left out when
	// zero: a quote that opens the text has a quote_end alone.
	QuoteStart int `json:"quote_start,omitempty"`
	QuoteEnd   int `json:"quote_end,omitempty"`
}

// Document is the result of extraction over one text.
type Document struct {
	Lang      string          `json:"lang"`
	Text      string          `json:"-"`
	Tokens    []lang.Token    `json:"-"`
	Sentences []lang.Sentence `json:"sentences"` // in JSON, first and last index Tokens, which only tag -tokens writes
	Entities  []Entity        `json:"entities"`
	Relations []Relation      `json:"relations"`
}

// Span is an entity mention over a sentence's (or a document's) tokens:
// tokens First..Last-1, with its type and a confidence in [0, 1].
type Span struct {
	First, Last int
	Type        Type
	Score       float64
}

// TaggedSentence is one sentence of training or evaluation data: its
// tokens and one IOB2 tag per token ("O", "B-PERSON", "I-LOCATION", ...).
type TaggedSentence struct {
	Tokens []lang.Token
	Tags   []string
}
