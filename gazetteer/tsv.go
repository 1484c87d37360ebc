package gazetteer

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadTSV reads entries in the TSV format described in the package
// documentation. Errors name the line: "gazetteer: line 12: ...". IDs must
// be unique within the input.
func ReadTSV(r io.Reader) ([]*Entry, error) {
	entries, _, err := readTSV(r)
	return entries, err
}

func readTSV(r io.Reader) ([]*Entry, map[string]int32, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("gazetteer: %w", err)
	}
	return parseTSV(string(data))
}

// parseTSV parses a whole TSV input, returning the entries and their
// indices by ID. Every field of every entry is a substring of text, so
// names and attributes cost no copies (and, for the embedded default, no
// heap).
func parseTSV(text string) ([]*Entry, map[string]int32, error) {
	entries := make([]*Entry, 0, strings.Count(text, "\n")+1)
	ids := newIDIndex(cap(entries))
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		e, err := parseTSVLine(line)
		if err == nil {
			err = ids.add(e.ID, n)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("gazetteer: line %d: %w", n, err)
		}
		entries = append(entries, e)
	}
	return entries, ids.byID, nil
}

// idIndex indexes entries by ID as a reader appends them, and remembers
// their line numbers to report duplicates.
type idIndex struct {
	byID  map[string]int32
	lines []int
}

func newIDIndex(n int) *idIndex {
	return &idIndex{byID: make(map[string]int32, n), lines: make([]int, 0, n)}
}

func (x *idIndex) add(id string, line int) error {
	if i, ok := x.byID[id]; ok {
		return fmt.Errorf("duplicate id %q (first on line %d)", id, x.lines[i])
	}
	x.byID[id] = int32(len(x.lines))
	x.lines = append(x.lines, line)
	return nil
}

func parseTSVLine(line string) (*Entry, error) {
	if !utf8.ValidString(line) {
		return nil, fmt.Errorf("invalid UTF-8")
	}
	return parseValidLine(line)
}

// parseValidLine is parseTSVLine of a line of valid UTF-8. The default
// gazetteer decodes its entries with it as they are first asked for
// (lazyEntries.entry): its lines were written from entries that ReadTSV
// had read, and TestDefault decodes every one; checking them again took
// a seventh of decoding, 2.8M instructions for the 1,706 entries that
// 1.5 MB of Turkish news asks for.
func parseValidLine(line string) (*Entry, error) {
	var cols [6]string
	n := 0
	for rest := line; ; n++ {
		if n == len(cols) {
			return nil, fmt.Errorf("want 5 or 6 tab-separated columns, got more")
		}
		i := strings.IndexByte(rest, '\t')
		if i < 0 {
			cols[n] = rest
			n++
			break
		}
		cols[n], rest = rest[:i], rest[i+1:]
	}
	if n < 5 {
		return nil, fmt.Errorf("want 5 or 6 tab-separated columns (id, type, subtype, prior, names, attrs), got %d", n)
	}
	prior, err := strconv.ParseFloat(cols[3], 64)
	if err != nil {
		return nil, fmt.Errorf("prior %q is not a number", cols[3])
	}
	e := &Entry{ID: cols[0], Type: cols[1], Subtype: cols[2], Prior: prior}
	if e.Names, err = parseNames(cols[4]); err != nil {
		return nil, err
	}
	if e.Attrs, err = parseAttrs(cols[5]); err != nil {
		return nil, err
	}
	return e, validate(e)
}

// parseNames parses lang=name|alias;lang=name. The names of every
// language lie in one array, each language's list a piece of it with no
// room to grow into the next (a language named twice has its second list
// appended to a copy): a list for each language made each its own
// allocation (the default gazetteer's entries have four or five
// languages).
func parseNames(s string) (map[string][]string, error) {
	names := make(map[string][]string, strings.Count(s, ";")+1)
	all := make([]string, 0, strings.Count(s, "|")+strings.Count(s, ";")+1)
	for s != "" {
		field := s
		if i := strings.IndexByte(s, ';'); i >= 0 {
			field, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if field == "" {
			continue
		}
		lang, list, ok := strings.Cut(field, "=")
		if !ok || lang == "" {
			return nil, fmt.Errorf("names: %q is not lang=name|alias", field)
		}
		prev := names[lang]
		start := len(all)
		for list != "" || len(prev) == 0 && len(all) == start {
			name := list
			if i := strings.IndexByte(list, '|'); i >= 0 {
				name, list = list[:i], list[i+1:]
				if list == "" {
					return nil, fmt.Errorf("names: empty name in %q", field)
				}
			} else {
				list = ""
			}
			if blank(name) {
				return nil, fmt.Errorf("names: empty name in %q", field)
			}
			all = append(all, name)
		}
		got := all[start:len(all):len(all)]
		if len(prev) > 0 {
			got = append(prev, got...) // prev has no room: a copy
		}
		names[lang] = got
	}
	return names, nil
}

// blank reports whether s is empty or white space alone, as
// strings.TrimSpace(s) == "" does, but from its first rune, which is most
// often no space: TrimSpace also trimmed the end, through a closure for a
// name that ends beyond ASCII (2.0M instructions for the 9,536 names of the
// 1,706 entries that 1.5 MB of Turkish news asks for).
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// parseAttrs parses key=value;key=value; an empty column gives nil.
func parseAttrs(s string) (map[string]string, error) {
	if s == "" {
		return nil, nil
	}
	attrs := make(map[string]string, strings.Count(s, ";")+1)
	for field := range strings.SplitSeq(s, ";") {
		if field == "" {
			continue
		}
		k, v, ok := strings.Cut(field, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("attrs: %q is not key=value", field)
		}
		attrs[k] = v
	}
	return attrs, nil
}

// validate checks what both readers require of an entry.
func validate(e *Entry) error {
	switch {
	case e.ID == "":
		return fmt.Errorf("empty id")
	case e.Type != Person && e.Type != Location && e.Type != Organization:
		return fmt.Errorf("id %s: type %q is not PERSON, LOCATION or ORGANIZATION", e.ID, e.Type)
	case !(e.Prior >= 0 && e.Prior <= 1):
		return fmt.Errorf("id %s: prior %v is not in [0, 1]", e.ID, e.Prior)
	case len(e.Names) == 0:
		return fmt.Errorf("id %s: no names", e.ID)
	}
	return nil
}

// WriteTSV writes entries in the TSV format ReadTSV reads, languages and
// attribute keys in sorted order. It fails on a field the format cannot
// carry (a tab, or a separator inside a name or value).
func WriteTSV(w io.Writer, entries []*Entry) error {
	var b strings.Builder
	for _, e := range entries {
		if err := validate(e); err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		b.Reset()
		for _, f := range []string{e.ID, e.Type, e.Subtype} {
			if strings.ContainsAny(f, "\t\n") {
				return fmt.Errorf("gazetteer: id %s: field %q contains a tab or newline", e.ID, f)
			}
			b.WriteString(f)
			b.WriteByte('\t')
		}
		b.WriteString(strconv.FormatFloat(e.Prior, 'g', -1, 64))
		b.WriteByte('\t')
		for i, l := range sortedKeys(e.Names) {
			if i > 0 {
				b.WriteByte(';')
			}
			if l == "" || strings.ContainsAny(l, "\t\n;|=") {
				return fmt.Errorf("gazetteer: id %s: bad language code %q", e.ID, l)
			}
			b.WriteString(l)
			b.WriteByte('=')
			for j, n := range e.Names[l] {
				if strings.TrimSpace(n) == "" || strings.ContainsAny(n, "\t\n;|=") {
					return fmt.Errorf("gazetteer: id %s: name %q is empty or contains a tab, newline, ';', '|' or '='", e.ID, n)
				}
				if j > 0 {
					b.WriteByte('|')
				}
				b.WriteString(n)
			}
		}
		b.WriteByte('\t')
		for i, k := range sortedKeys(e.Attrs) {
			v := e.Attrs[k]
			if k == "" || strings.ContainsAny(k+v, "\t\n;=") {
				return fmt.Errorf("gazetteer: id %s: attribute %q=%q contains a tab, newline, ';' or '='", e.ID, k, v)
			}
			if i > 0 {
				b.WriteByte(';')
			}
			b.WriteString(k)
			b.WriteByte('=')
			b.WriteString(v)
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
	}
	return nil
}
