// Package corpus reads, writes, checks and compares hand-annotated
// named-entity and relation data in varlik's reviewable text form.
//
// A file is a header of "# key: value" lines followed by records separated
// by blank lines. A record is an "## ID" line, one line of text with entity
// markup, and zero or more relation lines:
//
//	# varlik annotation v1
//	# lang: tr
//
//	## ntrex.tr.0042
//	[[Çin|LOC]] Başbakanı [[Li Qiang|PER]], [[Rusya|LOC]]'yı ziyaret etti.
//	@ ROLE Li Qiang | Çin | Başbakan
//	@ VISITS Li Qiang | Rusya
//
// An entity is written [[text|TYPE]] with TYPE one of PER, LOC and ORG.
// Removing the markup gives the sentence's text, byte for byte; every span's
// Start and End are UTF-8 byte offsets into that text, so text[Start:End]
// is the entity's text (the offset invariant). A relation line names its
// arguments by their text, with "#N" for the N-th mention of the same text
// (Trump#2), and "-" for a relation with no object; the third field is the
// role of ROLE and the quoted words of SAYS.
package corpus

// The CoNLL and JSON Lines files beside this package are generated from ann/:
//
//go:generate go run ../cmd/annotate export -ann ann -out .

import (
	"fmt"
	"strings"
)

// Entity types, as written in the markup.
const (
	Person       = "PER"
	Location     = "LOC"
	Organization = "ORG"
)

// relationTypes are the relation types, as written on relation lines.
var relationTypes = []string{"ROLE", "LOCATED_IN", "MEETS", "MEMBER_OF", "VISITS", "SAYS"}

// Span is one entity mention: Text[Start:End] of its record.
type Span struct {
	Start, End int    // UTF-8 byte offsets, End exclusive
	Type       string // PER, LOC or ORG
}

// Relation is a relation between two mentions of a record.
type Relation struct {
	Type    string
	Subject int // index into Record.Spans
	Object  int // index into Record.Spans; -1 when there is none
	// Role is the role word of ROLE ("Başbakan"), or for SAYS the words
	// said, which occur in the record's text at Quote.
	Role  string
	Quote [2]int // SAYS: the byte span of Role in the text; else zero
}

// Record is one annotated sentence.
type Record struct {
	ID        string
	Text      string // the raw sentence, markup removed
	Spans     []Span // in text order, non-overlapping
	Relations []Relation
	Line      int // line of the "## ID" header in its file, for messages
}

// File is a parsed annotation file.
type File struct {
	Header  map[string]string // "# key: value" lines before the first record
	Records []Record
}

// Lang returns the file's "lang" header.
func (f *File) Lang() string { return f.Header["lang"] }

// ByID indexes the file's records by ID, pointing into f.Records (a later
// record with a repeated ID wins).
func (f *File) ByID() map[string]*Record {
	byID := make(map[string]*Record, len(f.Records))
	for i := range f.Records {
		byID[f.Records[i].ID] = &f.Records[i]
	}
	return byID
}

// SpanText returns the text of span i.
func (r *Record) SpanText(i int) string { return r.Text[r.Spans[i].Start:r.Spans[i].End] }

// ref returns the relation-line name of span i: its text, with "#N" when
// an earlier span has the same text.
func (r *Record) ref(i int) string {
	t := r.SpanText(i)
	n := 1
	for j := 0; j < i; j++ {
		if r.SpanText(j) == t {
			n++
		}
	}
	if n > 1 {
		return fmt.Sprintf("%s#%d", t, n)
	}
	return t
}

// resolve finds the span a relation-line name refers to.
func (r *Record) resolve(name string) (int, error) {
	name = strings.TrimSpace(name)
	want := 1
	if k := strings.LastIndexByte(name, '#'); k > 0 {
		if _, err := fmt.Sscanf(name[k+1:], "%d", &want); err == nil && want > 0 {
			name = name[:k]
		} else {
			want = 1
		}
	}
	seen := 0
	for i := range r.Spans {
		if r.SpanText(i) == name {
			seen++
			if seen == want {
				return i, nil
			}
		}
	}
	if seen == 0 {
		return 0, fmt.Errorf("no entity %q in the sentence", name)
	}
	return 0, fmt.Errorf("entity %q occurs %d times, not %d", name, seen, want)
}

// Markup returns the record's text with its spans marked up.
func (r *Record) Markup() string {
	var b strings.Builder
	at := 0
	for _, s := range r.Spans {
		b.WriteString(r.Text[at:s.Start])
		b.WriteString("[[")
		b.WriteString(r.Text[s.Start:s.End])
		b.WriteString("|")
		b.WriteString(s.Type)
		b.WriteString("]]")
		at = s.End
	}
	b.WriteString(r.Text[at:])
	return b.String()
}

// RelationLine returns relation i as it is written in a file.
func (r *Record) RelationLine(i int) string {
	rel := r.Relations[i]
	obj := "-"
	if rel.Object >= 0 {
		obj = r.ref(rel.Object)
	}
	line := "@ " + rel.Type + " " + r.ref(rel.Subject) + " | " + obj
	if rel.Role != "" {
		line += " | " + rel.Role
	}
	return line
}
