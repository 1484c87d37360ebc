package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLine bounds one line of a file; a sentence longer than this is an error.
const maxLine = 1 << 20

// maxErrors bounds how many problems Parse reports before giving up.
const maxErrors = 50

// ParseFile parses the annotation file at path.
func ParseFile(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	f, err := Parse(fh)
	if err != nil {
		return f, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Parse reads an annotation file. It checks the markup (balanced brackets,
// known types, no empty or padded spans), relation lines (known types,
// arguments that name a mention of the sentence) and unique record IDs.
// On problems it returns the records it could read and an error listing
// them by line number.
func Parse(r io.Reader) (*File, error) {
	f := &File{Header: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var errs []error
	fail := func(line int, format string, args ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, fmt.Errorf("line %d: %s", line, fmt.Sprintf(format, args...)))
		}
	}
	ids := map[string]int{}
	var cur *Record
	state := 0 // 0: between records, 1: expecting text, 2: after text
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			fail(n, "invalid UTF-8")
			continue
		}
		switch {
		case strings.HasPrefix(line, "## "):
			if state == 1 {
				fail(n, "record %s has no text line", cur.ID)
			}
			id := strings.TrimSpace(line[3:])
			if id == "" {
				fail(n, "empty record ID")
			}
			if prev, dup := ids[id]; dup {
				fail(n, "record ID %s already used on line %d", id, prev)
			}
			ids[id] = n
			f.Records = append(f.Records, Record{ID: id, Line: n})
			cur = &f.Records[len(f.Records)-1]
			state = 1
		case state == 1:
			text, spans, err := parseMarkup(line)
			if err != nil {
				fail(n, "%v", err)
			}
			cur.Text, cur.Spans = text, spans
			state = 2
		case strings.HasPrefix(line, "@"):
			if state != 2 {
				fail(n, "relation line outside a record")
				continue
			}
			rel, err := cur.parseRelation(line)
			if err != nil {
				fail(n, "%v", err)
				continue
			}
			cur.Relations = append(cur.Relations, rel)
		case strings.TrimSpace(line) == "":
			if state == 1 {
				// A record may hold an empty sentence only as an empty line
				// right after its header.
				cur.Text = ""
				state = 2
				continue
			}
			state = 0
		case strings.HasPrefix(line, "#") && len(f.Records) == 0:
			if k, v, ok := strings.Cut(strings.TrimLeft(line, "# "), ":"); ok {
				f.Header[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		default:
			fail(n, "unexpected line (neither a record header, text nor relation): %.60q", line)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
	}
	return f, errors.Join(errs...)
}

// parseMarkup removes [[text|TYPE]] markup from line and returns the text
// and its spans.
func parseMarkup(line string) (string, []Span, error) {
	var b strings.Builder
	var spans []Span
	for {
		open := strings.Index(line, "[[")
		if open < 0 {
			if strings.Contains(line, "]]") {
				return "", nil, errors.New(`"]]" without "[["`)
			}
			b.WriteString(line)
			return b.String(), spans, nil
		}
		// In "[[[X|ORG]]]" the outer brackets are text ("[DCCC]"): markup
		// opens at the last "[[" of a run of brackets.
		for open+2 < len(line) && line[open+2] == '[' {
			open++
		}
		b.WriteString(line[:open])
		if strings.Contains(line[:open], "]]") {
			return "", nil, errors.New(`"]]" without "[["`)
		}
		rest := line[open+2:]
		closing := strings.Index(rest, "]]")
		if closing < 0 {
			return "", nil, errors.New(`"[[" without "]]"`)
		}
		inner := rest[:closing]
		if strings.Contains(inner, "[[") {
			return "", nil, fmt.Errorf("nested markup in %q", inner)
		}
		bar := strings.LastIndexByte(inner, '|')
		if bar < 0 {
			return "", nil, fmt.Errorf("no |TYPE in [[%s]]", inner)
		}
		text, typ := inner[:bar], inner[bar+1:]
		if typ != Person && typ != Location && typ != Organization {
			return "", nil, fmt.Errorf("unknown type %q in [[%s]] (PER, LOC, ORG)", typ, inner)
		}
		if text == "" {
			return "", nil, fmt.Errorf("empty entity [[%s]]", inner)
		}
		first, _ := utf8.DecodeRuneInString(text)
		last, _ := utf8.DecodeLastRuneInString(text)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			return "", nil, fmt.Errorf("entity [[%s]] starts or ends with a space", inner)
		}
		start := b.Len()
		b.WriteString(text)
		spans = append(spans, Span{Start: start, End: b.Len(), Type: typ})
		line = rest[closing+2:]
	}
}

// parseRelation reads an "@ TYPE subject | object | role" line.
func (r *Record) parseRelation(line string) (Relation, error) {
	body := strings.TrimSpace(strings.TrimPrefix(line, "@"))
	typ, args, _ := strings.Cut(body, " ")
	known := false
	for _, t := range relationTypes {
		known = known || t == typ
	}
	if !known {
		return Relation{}, fmt.Errorf("unknown relation type %q (%s)", typ, strings.Join(relationTypes, ", "))
	}
	fields := strings.SplitN(args, "|", 3)
	if len(fields) < 2 {
		return Relation{}, fmt.Errorf("relation needs \"subject | object\": %q", line)
	}
	rel := Relation{Type: typ, Object: -1}
	var err error
	if rel.Subject, err = r.resolve(fields[0]); err != nil {
		return Relation{}, fmt.Errorf("subject: %w", err)
	}
	if obj := strings.TrimSpace(fields[1]); obj != "-" {
		if rel.Object, err = r.resolve(obj); err != nil {
			return Relation{}, fmt.Errorf("object: %w", err)
		}
	}
	if len(fields) == 3 {
		rel.Role = strings.TrimSpace(fields[2])
	}
	switch typ {
	case "SAYS":
		if rel.Role == "" {
			return Relation{}, errors.New("SAYS needs the quoted words as its third field")
		}
		k := strings.Index(r.Text, rel.Role)
		if k < 0 {
			return Relation{}, fmt.Errorf("SAYS quote %q is not in the sentence", rel.Role)
		}
		rel.Quote = [2]int{k, k + len(rel.Role)}
	case "ROLE":
		if rel.Role == "" {
			return Relation{}, errors.New("ROLE needs the role word as its third field")
		}
	default:
		if rel.Object < 0 {
			return Relation{}, fmt.Errorf("%s needs an object", typ)
		}
	}
	return rel, nil
}
