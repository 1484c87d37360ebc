package nerdata

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// re3d (github.com/dstl/re3d) holds, per source, documents.json and
// entities.json: one JSON object a line, entities as code-point offsets
// into their document's text. Its schema marks descriptions as well as
// names ("the Iraqi population", "U.S. forces", "they" as Organisation),
// countries acting as Organisation, and nested spans, so readRe3d keeps
// names in the CoNLL convention only:
//   - Person, Organisation and Location as PER, ORG and LOC, Nationality
//     as MISC; other types (Weapon, Temporal, ...) are left O;
//   - a leading "the" is dropped; a span whose words are not all
//     capitalized (function words aside) is no name and is left O, and so is
//     one that starts with a pronoun or determiner (We, They, This);
//   - honorifics, roles and titles at the start of a person span stay
//     outside it (President, Col.), as in CoNLL;
//   - an Organisation span that the gazetteer knows as a place is LOC
//     (Australia, Iraq: CoNLL tags countries LOC whatever they do);
//   - of overlapping spans the shortest is kept (the name inside a
//     description).
//
// The text is tokenized and split into sentences with the language's own
// tokenizer, as the pipeline does.

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEntity struct {
	Begin int    `json:"begin"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	DocID string `json:"documentId"`
}

var re3dTypes = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}

// re3dMinor are the lower-case words a name may hold (Department of
// Defense, Islamic State of Iraq and the Levant).
var re3dMinor = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true, "de": true,
	"on": true, "in": true, "'s": true, "’s": true, "al": true}

// re3dNotNames start mentions that are no names.
var re3dNotNames = map[string]bool{"we": true, "they": true, "he": true, "she": true, "it": true, "i": true,
	"you": true, "our": true, "their": true, "his": true, "her": true, "its": true, "this": true, "these": true,
	"those": true, "that": true, "us": true, "them": true, "both": true, "all": true, "each": true, "a": true,
	"an": true}

// re3dTitles are words before a person's name that re3d includes in the
// span and CoNLL leaves out, beside the language's own cues.
var re3dTitles = map[string]bool{"president": true, "prime": true, "minister": true, "secretary": true,
	"general": true, "col.": true, "lt.": true, "maj.": true, "sgt.": true, "adm.": true, "brig.": true,
	"foreign": true, "defence": true, "defense": true, "senator": true, "ambassador": true, "king": true,
	"queen": true}

// readRe3d reads the re3d source whose entities.json is at path (its
// documents.json beside it) as CoNLL sentences.
func readRe3d(path string, opt conll.Options) ([]annotation.TaggedSentence, error) {
	l := opt.Language
	if l == nil {
		return nil, fmt.Errorf("%s: re3d needs a language to tokenize with", path)
	}
	var docs []re3dDoc
	if err := readJSONLines(filepath.Join(filepath.Dir(path), "documents.json"), func(b []byte) error {
		var d re3dDoc
		err := json.Unmarshal(b, &d)
		docs = append(docs, d)
		return err
	}); err != nil {
		return nil, err
	}
	ents := map[string][]re3dEntity{}
	if err := readJSONLines(path, func(b []byte) error {
		var e re3dEntity
		err := json.Unmarshal(b, &e)
		ents[e.DocID] = append(ents[e.DocID], e)
		return err
	}); err != nil {
		return nil, err
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	cues, _ := l.(lang.NameCues)
	gaz := gazetteer.Default()
	var buf bytes.Buffer
	for _, d := range docs {
		spans := re3dNames(d.Text, ents[d.ID], l, cues, gaz)
		toks := l.Tokenize(d.Text)
		tags := make([]string, len(toks))
		for i := range tags {
			tags[i] = "O"
		}
		for _, e := range spans {
			var idx []int
			free := true
			for i, t := range toks {
				if t.Start >= e.Begin && t.End <= e.End {
					idx = append(idx, i)
					free = free && tags[i] == "O"
				} else if t.Start < e.End && t.End > e.Begin {
					free = false // the span cuts a token
				}
			}
			if !free || len(idx) == 0 {
				continue
			}
			for k, i := range idx {
				if k == 0 {
					tags[i] = "B-" + e.Type
				} else {
					tags[i] = "I-" + e.Type
				}
			}
		}
		for _, s := range l.Sentences(d.Text, toks) {
			n := 0
			for i := s.First; i < s.Last; i++ {
				w := strings.Join(strings.Fields(toks[i].Text), "_")
				if w == "" {
					continue
				}
				fmt.Fprintf(&buf, "%s\t%s\n", w, tags[i])
				n++
			}
			if n > 0 {
				buf.WriteByte('\n')
			}
		}
	}
	return conll.Read(&buf, opt)
}

// re3dNames returns the entities of a document that are names, with byte
// offsets and CoNLL types, shortest first.
func re3dNames(text string, ents []re3dEntity, l lang.Language, cues lang.NameCues, gaz *gazetteer.Gazetteer) []re3dEntity {
	byteAt := make([]int, 0, len(text)+1) // code-point offset → byte offset
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var out []re3dEntity
	for _, e := range ents {
		typ := re3dTypes[e.Type]
		if typ == "" || e.Begin < 0 || e.Begin > e.End || e.End >= len(byteAt) {
			continue
		}
		e.Begin, e.End = byteAt[e.Begin], byteAt[e.End]
		if text[e.Begin:e.End] != e.Value {
			continue
		}
		if rest, ok := strings.CutPrefix(e.Value, "the "); ok {
			e.Begin, e.Value = e.Begin+4, rest
		} else if rest, ok := strings.CutPrefix(e.Value, "The "); ok {
			e.Begin, e.Value = e.Begin+4, rest
		}
		if typ == "PER" {
			for {
				w, rest, ok := strings.Cut(e.Value, " ")
				if !ok || !re3dTitles[strings.ToLower(w)] && (cues == nil || cues.Cue(l.Fold(w)) == lang.NoCue) {
					break
				}
				e.Begin, e.Value = e.Begin+len(w)+1, rest
			}
		}
		words := strings.Fields(e.Value)
		if len(words) == 0 || re3dNotNames[strings.ToLower(words[0])] || !capitalizedName(words) {
			continue
		}
		if typ == "ORG" && gaz != nil {
			if c := gaz.Lookup(e.Value, l.Code()); len(c) > 0 && c[0].Type == "LOCATION" {
				typ = "LOC"
			}
		}
		e.Type = typ
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].End-out[i].Begin < out[j].End-out[j].Begin })
	return out
}

// capitalizedName reports whether every word but function words starts
// with a capital or is not a word, the first one with a capital or digit.
func capitalizedName(words []string) bool {
	for _, w := range words {
		r := []rune(w)
		if re3dMinor[strings.ToLower(w)] {
			continue
		}
		if unicode.IsLetter(r[0]) && !unicode.IsUpper(r[0]) {
			return false
		}
	}
	r := []rune(words[0])
	return unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])
}

// readJSONLines calls f with each non-blank line of a file.
func readJSONLines(path string, f func([]byte) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}
