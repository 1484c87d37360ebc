package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// JSONOptions shapes WriteJSON's output.
type JSONOptions struct {
	// Indent writes two spaces per level and one field a line, as
	// json.Encoder does with SetIndent("", "  "); otherwise the document
	// is one line (JSON Lines).
	Indent bool
	// Tokens adds the tokens ("tokens": text, start, end, kind) after the
	// relations.
	Tokens bool
	// Stream writes the document as one of a stream: "file" (when File is
	// not empty) and "offset", the document's byte offset in its input,
	// before its own fields.
	Stream bool
	File   string
	Offset int64
	// ID, when not nil, is a JSON value written first, as "id", in the
	// layout encoding/json gives a json.RawMessage (compacted, or indented
	// with the rest): examples/pipeline gives each output line its input's
	// id.
	ID json.RawMessage
}

// WriteJSON writes doc as JSON and a newline: the bytes encoding/json
// writes for the same value (HTML characters not escaped), written field
// by field as they are made, with no reflection and no buffer of the whole
// document. A 5 MB document's JSON thus costs a few kilobytes of memory
// rather than several times its size. Nil lists are written as null, as
// encoding/json does; an Extractor's documents have none.
func WriteJSON(w io.Writer, doc *annotation.Document, o JSONOptions) error {
	buf := jsonBuffers.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= 2*jsonFlushAt { // a huge string grew it: let it go
			jsonBuffers.Put(buf)
		}
	}()
	j := jsonWriter{w: w, indent: o.Indent, buf: (*buf)[:0]}
	defer func() { *buf = j.buf[:0] }()
	j.open('{')
	if o.ID != nil {
		j.key("id")
		var id bytes.Buffer
		err := json.Compact(&id, o.ID)
		if o.Indent && err == nil { // as encoding/json indents its whole output
			compact := bytes.Clone(id.Bytes())
			id.Reset()
			err = json.Indent(&id, compact, "  ", "  ")
		}
		if err != nil {
			return fmt.Errorf("format: bad id: %w", err)
		}
		j.buf = append(j.buf, id.Bytes()...)
	}
	if o.Stream {
		if o.File != "" {
			j.key("file")
			j.string(o.File)
		}
		j.key("offset")
		j.buf = strconv.AppendInt(j.buf, o.Offset, 10)
	}
	j.key("lang")
	j.string(doc.Lang)
	j.key("sentences")
	writeList(&j, doc.Sentences, func(s *lang.Sentence) {
		j.open('{')
		j.intField("start", s.Start)
		j.intField("end", s.End)
		j.intField("first", s.First)
		j.intField("last", s.Last)
		j.close('}')
	})
	j.key("entities")
	writeList(&j, doc.Entities, j.entity)
	j.key("relations")
	writeList(&j, doc.Relations, j.relation)
	if o.Tokens {
		j.key("tokens")
		writeList(&j, doc.Tokens, func(t *lang.Token) {
			j.open('{')
			j.key("text")
			j.string(t.Text)
			j.intField("start", t.Start)
			j.intField("end", t.End)
			j.key("kind")
			j.string(t.Kind.String())
			j.close('}')
		})
	}
	j.close('}')
	j.buf = append(j.buf, '\n')
	j.flush()
	return j.err
}

// jsonFlushAt is the buffer size at which jsonWriter writes out.
const jsonFlushAt = 32 << 10

// jsonBuffers keeps jsonWriter buffers between documents: a stream of
// short documents (tag -split line) would otherwise allocate and clear one
// for each, which cost more than the rest of the JSON.
var jsonBuffers = sync.Pool{New: func() any {
	b := make([]byte, 0, jsonFlushAt+1024)
	return &b
}}

// jsonWriter appends JSON to buf, writing it out every jsonFlushAt bytes,
// and keeps the first error.
type jsonWriter struct {
	w      io.Writer
	buf    []byte
	err    error
	indent bool
	depth  int
	// first is whether the next value or key opens its object or list.
	first bool
}

func (j *jsonWriter) flush() {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.w.Write(j.buf)
	}
	j.buf = j.buf[:0]
}

// next starts a value or key: a comma after a sibling, then in indented
// output a new line at the current depth.
func (j *jsonWriter) next() {
	if len(j.buf) >= jsonFlushAt {
		j.flush()
	}
	if !j.first {
		j.buf = append(j.buf, ',')
	}
	j.first = false
	j.newline()
}

func (j *jsonWriter) newline() {
	if !j.indent {
		return
	}
	if n := 1 + 2*j.depth; n <= len(newlineIndent) {
		j.buf = append(j.buf, newlineIndent[:n]...)
		return
	}
	j.buf = append(j.buf, newlineIndent...) // deeper than the constant: the rest two spaces a level
	for range j.depth - (len(newlineIndent)-1)/2 {
		j.buf = append(j.buf, "  "...)
	}
}

// newlineIndent is a new line and the indentation of up to eight levels,
// appended in one copy; WriteJSON nests three deep (a list of objects in
// the document), and newline writes any deeper level two spaces at a time.
const newlineIndent = "\n                "

func (j *jsonWriter) open(c byte) {
	j.buf = append(j.buf, c)
	j.depth++
	j.first = true
}

// close ends an object or list; an empty one stays on its line ({}, []).
func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.first {
		j.newline()
	}
	j.first = false
	j.buf = append(j.buf, c)
}

// key writes a key and its colon. Keys are WriteJSON's own field names,
// which JSON needs no escape for: they are copied as they are.
func (j *jsonWriter) key(k string) {
	j.next()
	j.buf = append(j.buf, '"')
	j.buf = append(j.buf, k...)
	if j.indent {
		j.buf = append(j.buf, '"', ':', ' ')
	} else {
		j.buf = append(j.buf, '"', ':')
	}
}

func (j *jsonWriter) intField(k string, v int) {
	j.key(k)
	j.buf = strconv.AppendInt(j.buf, int64(v), 10)
}

// writeList writes a list (null when nil), item by item.
func writeList[T any](j *jsonWriter, items []T, item func(*T)) {
	if items == nil {
		j.buf = append(j.buf, "null"...)
		return
	}
	j.open('[')
	for i := range items {
		j.next()
		item(&items[i])
	}
	j.close(']')
}

func (j *jsonWriter) entity(e *annotation.Entity) {
	j.open('{')
	j.key("text")
	j.string(e.Text)
	j.key("type")
	j.string(string(e.Type))
	j.intField("start", e.Start)
	j.intField("end", e.End)
	j.key("id")
	j.string(e.ID)
	j.key("canonical")
	j.string(e.Canonical)
	j.key("score")
	j.float(e.Score)
	j.key("source")
	j.string(e.Source)
	j.close('}')
}

func (j *jsonWriter) relation(r *annotation.Relation) {
	j.open('{')
	j.key("type")
	j.string(string(r.Type))
	j.intField("subject", r.Subject)
	j.intField("object", r.Object)
	if r.Role != "" {
		j.key("role")
		j.string(r.Role)
	}
	j.intField("start", r.Start)
	j.intField("end", r.End)
	if r.QuoteStart != 0 {
		j.intField("quote_start", r.QuoteStart)
	}
	if r.QuoteEnd != 0 {
		j.intField("quote_end", r.QuoteEnd)
	}
	j.close('}')
}

// float writes f as encoding/json does: the shortest decimal that reads
// back as f, in exponent form below 1e-6 and from 1e21, with no zero
// padding of the exponent. Infinities and NaN are an error, as there.
func (j *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if j.err == nil {
			j.err = fmt.Errorf("format: cannot write %v in JSON", f)
		}
		j.buf = append(j.buf, '0')
		return
	}
	form := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		form = 'e'
	}
	j.buf = strconv.AppendFloat(j.buf, f, form, -1, 64)
	if n := len(j.buf); form == 'e' && n >= 4 && j.buf[n-4] == 'e' && j.buf[n-3] == '-' && j.buf[n-2] == '0' {
		j.buf[n-2] = j.buf[n-1] // e-09 → e-9
		j.buf = j.buf[:n-1]
	}
}

// jsonPlain marks the bytes that a JSON string holds as they are: ASCII
// from the space up, but for the quote and the backslash.
var jsonPlain = func() (plain [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		plain[c] = c != '"' && c != '\\'
	}
	return plain
}()

// string writes s quoted as encoding/json does with HTML escaping off:
// quote, backslash and control characters escaped, invalid UTF-8 as
// U+FFFD, and U+2028 and U+2029 escaped (they end lines in JavaScript).
func (j *jsonWriter) string(s string) {
	const hex = "0123456789abcdef"
	b := append(j.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		// A rune of two bytes (U+0080 to U+07FF: the Turkish and
		// Cyrillic letters) is valid and none that JSON escapes.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	j.buf = append(b, '"')
}
