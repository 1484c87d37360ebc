package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/varlik/varlik/corpus"
	"github.com/varlik/varlik/lang"
)

// devLast is the last NTREX line of the news dev set; the lines after it
// are the news test set. Treebank and parliament text is training data.
const devLast = 999

// split names the part of the corpus a record belongs to.
func split(id string) (string, error) {
	name, line, err := parseID(id)
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(name, "ntrex.") {
		return "train", nil
	}
	if line <= devLast {
		return "dev", nil
	}
	return "test", nil
}

var conllLabels = map[string]string{corpus.Person: "PER", corpus.Location: "LOC", corpus.Organization: "ORG"}

var jsonTypes = map[string]string{corpus.Person: "PERSON", corpus.Location: "LOCATION", corpus.Organization: "ORGANIZATION"}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	annDir := fs.String("ann", "corpus/ann", "directory of the final annotation files (*.ann)")
	out := fs.String("out", "corpus", "directory to write <lang>.<split>.conll and .jsonl to")
	if err := fs.Parse(args); err != nil {
		return err
	}
	paths, err := filepath.Glob(filepath.Join(*annDir, "*.ann"))
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no .ann files in %s", *annDir)
	}
	type part struct {
		lang, split string
		records     []corpus.Record
	}
	parts := map[string]*part{}
	for _, p := range paths {
		f, err := corpus.ParseFile(p)
		if err != nil {
			return err
		}
		code := f.Lang()
		if _, ok := lang.Get(code); !ok {
			return fmt.Errorf("%s: no language %q", p, code)
		}
		for _, r := range f.Records {
			s, err := split(r.ID)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			key := code + "." + s
			if parts[key] == nil {
				parts[key] = &part{lang: code, split: s}
			}
			parts[key].records = append(parts[key].records, r)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(parts)) {
		p := parts[k]
		sort.Slice(p.records, func(i, j int) bool { return p.records[i].ID < p.records[j].ID })
		l, _ := lang.Get(p.lang)
		stats, err := writePart(filepath.Join(*out, k), l, p.records)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d sentences, %d tokens, PER %d, LOC %d, ORG %d, %d relations\n",
			k, len(p.records), stats.tokens, stats.types[corpus.Person], stats.types[corpus.Location], stats.types[corpus.Organization], stats.relations)
	}
	return nil
}

type partStats struct {
	tokens, relations int
	types             map[string]int
}

// writePart writes records as CoNLL (token TAB IOB2 tag, a blank line
// between sentences, -DOCSTART- before each collection) and as JSON Lines
// with byte offsets.
func writePart(base string, l lang.Language, records []corpus.Record) (partStats, error) {
	st := partStats{types: map[string]int{}}
	cf, err := os.Create(base + ".conll")
	if err != nil {
		return st, err
	}
	defer cf.Close()
	jf, err := os.Create(base + ".jsonl")
	if err != nil {
		return st, err
	}
	defer jf.Close()
	cw, jw := bufio.NewWriter(cf), bufio.NewWriter(jf)
	prevCollection := ""
	for i := range records {
		r := &records[i]
		name, _, _ := parseID(r.ID)
		if name != prevCollection {
			fmt.Fprint(cw, "-DOCSTART-\tO\n\n")
			prevCollection = name
		}
		toks := l.Tokenize(r.Text)
		tags, err := iobTags(r, toks)
		if err != nil {
			return st, err
		}
		for k, t := range toks {
			fmt.Fprintf(cw, "%s\t%s\n", t.Text, tags[k])
		}
		if len(toks) > 0 {
			cw.WriteString("\n")
		}
		st.tokens += len(toks)
		for _, s := range r.Spans {
			st.types[s.Type]++
		}
		st.relations += len(r.Relations)
		if err := writeJSONRecord(jw, r); err != nil {
			return st, err
		}
	}
	if err := cw.Flush(); err != nil {
		return st, err
	}
	if err := jw.Flush(); err != nil {
		return st, err
	}
	if err := cf.Close(); err != nil {
		return st, err
	}
	return st, jf.Close()
}

// iobTags gives each token the IOB2 tag of the span that covers it. A span
// must start and end on token boundaries (annotate check ensures it).
func iobTags(r *corpus.Record, toks []lang.Token) ([]string, error) {
	tags := make([]string, len(toks))
	for k := range tags {
		tags[k] = "O"
	}
	for _, s := range r.Spans {
		first := true
		covered := false
		for k, t := range toks {
			if t.Start < s.Start || t.End > s.End {
				continue
			}
			covered = true
			if first {
				tags[k] = "B-" + conllLabels[s.Type]
				first = false
			} else {
				tags[k] = "I-" + conllLabels[s.Type]
			}
		}
		if !covered {
			return nil, fmt.Errorf("record %s: entity %q covers no whole token", r.ID, r.Text[s.Start:s.End])
		}
	}
	return tags, nil
}

type jsonEntity struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonRelation struct {
	Type       string `json:"type"`
	Subject    int    `json:"subject"`
	Object     int    `json:"object"`
	Role       string `json:"role,omitempty"`
	QuoteStart int    `json:"quote_start,omitempty"`
	QuoteEnd   int    `json:"quote_end,omitempty"`
}

type jsonRecord struct {
	ID        string         `json:"id"`
	Text      string         `json:"text"`
	Entities  []jsonEntity   `json:"entities"`
	Relations []jsonRelation `json:"relations"`
}

func writeJSONRecord(w io.Writer, r *corpus.Record) error {
	rec := jsonRecord{ID: r.ID, Text: r.Text, Entities: []jsonEntity{}, Relations: []jsonRelation{}}
	for i, s := range r.Spans {
		rec.Entities = append(rec.Entities, jsonEntity{Text: r.SpanText(i), Type: jsonTypes[s.Type], Start: s.Start, End: s.End})
	}
	for _, rel := range r.Relations {
		jr := jsonRelation{Type: rel.Type, Subject: rel.Subject, Object: rel.Object}
		if rel.Type == "SAYS" {
			jr.QuoteStart, jr.QuoteEnd = rel.Quote[0], rel.Quote[1]
		} else {
			jr.Role = rel.Role
		}
		rec.Relations = append(rec.Relations, jr)
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return errors.New("record " + r.ID + ": " + err.Error())
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
