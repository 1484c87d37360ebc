// Package format converts extraction results to the shapes other tools
// read: spaCy's Doc.to_json (SpaCy).
package format

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
)

// Doc has the shape of spaCy's Doc.to_json, so that spaCy's
// Doc.from_json reads it and displaCy renders it (displacy.render(doc,
// style="ent", manual=True) takes the same text and ents).
//
// Invariant: every Start and End is a character offset (a count of Unicode
// code points, as Python indexes str) into Text, never a byte offset. An
// invalid UTF-8 byte counts as one character, as it becomes one U+FFFD
// when the document is encoded as JSON.
type Doc struct {
	Text   string  `json:"text"`
	Ents   []Ent   `json:"ents"`
	Sents  []Span  `json:"sents"`
	Tokens []Token `json:"tokens"`
	// Spans holds the entities again as the span group "varlik": spaCy's
	// Doc.from_json reads kb_id only from span groups, not from ents.
	Spans map[string][]Ent `json:"spans"`
	Extra *Varlik          `json:"_,omitempty"`
}

// SpanGroup is the name of the span group that carries the entities.
const SpanGroup = "varlik"

// Ent is one entity mention. Label follows spaCy's English labels:
// PERSON, LOC, ORG (so displaCy colours them without options); KBID is the
// varlik entity ID (spaCy's Span.kb_id_), and KBURL, where the ID names a
// public record, its page (Wikidata for Q-IDs, GeoNames for geonames:N),
// which displaCy links the ID to.
type Ent struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	KBID  string `json:"kb_id,omitempty"`
	KBURL string `json:"kb_url,omitempty"`
}

// KBURL returns the public page of an entity ID: Wikidata for a QID
// (Q159), GeoNames for geonames:N; "" for IDs with none.
func KBURL(id string) string {
	switch {
	case len(id) > 1 && id[0] == 'Q' && allDigits(id[1:]):
		return "https://www.wikidata.org/wiki/" + id
	case strings.HasPrefix(id, "geonames:") && allDigits(id[len("geonames:"):]):
		return "https://www.geonames.org/" + id[len("geonames:"):]
	}
	return ""
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Span is a sentence, in characters.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is one token of spaCy's: its index and character span. As in
// spaCy, the tokens cover the text except for one space after a token, so
// whitespace other than that (a line break, a second space) is a token
// too, and the indices differ from Document.Tokens when there is any.
type Token struct {
	ID    int `json:"id"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Varlik carries what spaCy's JSON has no field for, under the "_"
// key where Doc.to_json puts custom attributes: the language and the
// relations (subject and object index into Ents; object -1 for none).
type Varlik struct {
	Lang      string     `json:"lang"`
	Relations []Relation `json:"relations"`
}

// Relation is a relation with its evidence span in characters.
type Relation struct {
	Type    string `json:"type"`
	Subject int    `json:"subject"`
	Object  int    `json:"object"`
	Role    string `json:"role,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// QuoteStart and QuoteEnd delimit what was said, for SAYS.
	QuoteStart int `json:"quote_start,omitempty"`
	QuoteEnd   int `json:"quote_end,omitempty"`
}

// spaCyLabels maps varlik types to the labels of spaCy's English models.
var spaCyLabels = map[annotation.Type]string{annotation.Person: "PERSON", annotation.Location: "LOC", annotation.Organization: "ORG"}

// SpaCy converts d to spaCy's Doc.to_json shape, turning UTF-8 byte
// offsets into character offsets.
func SpaCy(d *annotation.Document) Doc {
	chars := newCharIndex(d)
	out := Doc{
		Text:   d.Text,
		Ents:   make([]Ent, 0, len(d.Entities)),
		Sents:  make([]Span, 0, len(d.Sentences)),
		Tokens: make([]Token, 0, len(d.Tokens)),
		Spans:  map[string][]Ent{SpanGroup: make([]Ent, 0, len(d.Entities))},
		Extra:  &Varlik{Lang: d.Lang, Relations: make([]Relation, 0, len(d.Relations))},
	}
	for _, e := range d.Entities {
		label, ok := spaCyLabels[e.Type]
		if !ok {
			label = string(e.Type)
		}
		ent := Ent{Start: chars.at(e.Start), End: chars.at(e.End), Label: label, KBID: e.ID, KBURL: KBURL(e.ID)}
		out.Ents = append(out.Ents, ent)
		out.Spans[SpanGroup] = append(out.Spans[SpanGroup], ent)
	}
	for _, s := range d.Sentences {
		out.Sents = append(out.Sents, Span{Start: chars.at(s.Start), End: chars.at(s.End)})
	}
	addToken := func(start, end int) {
		out.Tokens = append(out.Tokens, Token{ID: len(out.Tokens), Start: chars.at(start), End: chars.at(end)})
	}
	// spaCy's tokens cover the text but for single spaces after a token
	// (Token.whitespace_); other whitespace is a token of its own.
	at := 0
	for _, t := range d.Tokens {
		if start := spaceOwned(d.Text, at, t.Start, len(out.Tokens) > 0); start < t.Start {
			addToken(start, t.Start)
		}
		addToken(t.Start, t.End)
		at = t.End
	}
	if start := spaceOwned(d.Text, at, len(d.Text), len(out.Tokens) > 0); start < len(d.Text) {
		addToken(start, len(d.Text))
	}
	for _, r := range d.Relations {
		out.Extra.Relations = append(out.Extra.Relations, Relation{
			Type: string(r.Type), Subject: r.Subject, Object: r.Object, Role: r.Role,
			Start: chars.at(r.Start), End: chars.at(r.End),
			QuoteStart: chars.at(r.QuoteStart), QuoteEnd: chars.at(r.QuoteEnd),
		})
	}
	return out
}

// spaceOwned returns where the whitespace token for the gap text[from:to]
// starts: after the one space the previous token owns, if there is a
// previous token and the gap starts with a space.
func spaceOwned(text string, from, to int, afterToken bool) int {
	if afterToken && from < to && from < len(text) && text[from] == ' ' {
		return from + 1
	}
	return from
}

// charIndex converts the byte offsets used in a Document to character
// offsets in one pass over the text, holding only the offsets it needs
// (a table over every byte would cost 8 bytes per input byte).
type charIndex struct {
	bytes, chars []int // parallel, bytes sorted and unique
}

func newCharIndex(d *annotation.Document) charIndex {
	var offs []int
	for _, e := range d.Entities {
		offs = append(offs, e.Start, e.End)
	}
	for _, s := range d.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	for _, t := range d.Tokens {
		offs = append(offs, t.Start, t.End, t.End+1) // t.End+1: a whitespace token after one owned space
	}
	offs = append(offs, 0, len(d.Text))
	for _, r := range d.Relations {
		offs = append(offs, r.Start, r.End, r.QuoteStart, r.QuoteEnd)
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	idx := charIndex{bytes: offs, chars: make([]int, len(offs))}
	pos, n := 0, 0 // byte position and characters before it
	for i, off := range offs {
		for pos < off && pos < len(d.Text) {
			_, w := utf8.DecodeRuneInString(d.Text[pos:])
			pos += w
			n++
		}
		idx.chars[i] = n
	}
	return idx
}

// at returns the character offset of byte offset off, which must be one
// the index was built with; an offset inside a multi-byte character maps
// to the character after it.
func (c charIndex) at(off int) int {
	i, ok := slices.BinarySearch(c.bytes, off)
	if !ok {
		return 0
	}
	return c.chars[i]
}
