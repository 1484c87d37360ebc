package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// jsonEntry is the JSON Lines form of an Entry.
type jsonEntry struct {
	ID      string                     `json:"id"`
	Type    string                     `json:"type"`
	Subtype string                     `json:"subtype"`
	Prior   float64                    `json:"prior"`
	Names   map[string][]string        `json:"names"`
	Attrs   map[string]json.RawMessage `json:"attrs"`
}

// maxJSONLine bounds one JSONL line, so that a huge line is an error, not
// an unbounded allocation.
const maxJSONLine = 1 << 20

// ReadJSONL reads entries in the JSON Lines format described in the
// package documentation. Errors name the line. IDs must be unique within
// the input.
func ReadJSONL(r io.Reader) ([]*Entry, error) {
	entries, _, err := readJSONL(r)
	return entries, err
}

func readJSONL(r io.Reader) ([]*Entry, map[string]int32, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxJSONLine)
	var entries []*Entry
	ids := newIDIndex(0)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		e, err := parseJSONLine(line)
		if err == nil {
			err = ids.add(e.ID, n)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("gazetteer: line %d: %w", n, err)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("gazetteer: line %d: %w", n+1, err)
	}
	return entries, ids.byID, nil
}

func parseJSONLine(line []byte) (*Entry, error) {
	var j jsonEntry
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	e := &Entry{ID: j.ID, Type: j.Type, Subtype: j.Subtype, Prior: j.Prior, Names: j.Names}
	for l, names := range e.Names {
		if len(names) == 0 {
			delete(e.Names, l)
		}
	}
	if len(j.Attrs) > 0 {
		e.Attrs = make(map[string]string, len(j.Attrs))
		for k, raw := range j.Attrs {
			v, err := attrValue(raw)
			if err != nil {
				return nil, fmt.Errorf("attrs.%s: %w", k, err)
			}
			e.Attrs[k] = v
		}
	}
	return e, validate(e)
}

// attrValue accepts a JSON string or number.
func attrValue(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", fmt.Errorf("want a string or a number, got %s", raw)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
