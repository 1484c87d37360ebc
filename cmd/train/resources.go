package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/cmd/internal/nerdata"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// wordClasses are the lexicon classes -words and -gazwords name.
var wordClasses = map[string]ner.WordClass{"person": ner.PersonName, "place": ner.PlaceName,
	"proper": ner.ProperNoun, "common": ner.CommonWord, "abbreviation": ner.Abbreviation}

// countCapitals counts the case-sensitive word forms of the CoNLL files
// (specs as for -train; tags ignored) for the capitalization prior and
// returns them as "word count" lines, sorted. A sentence's first word (and
// any punctuation before it) is left out, since it is capitalized whatever
// it is, and so are sentences mostly in capitals (headlines).
func countCapitals(specs []string, opt conll.Options) ([]byte, error) {
	counts := map[string]int64{}
	for _, spec := range specs {
		sents, err := nerdata.ReadCoNLL(spec, opt)
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			letters, caps := 0, 0
			for _, t := range s.Tokens {
				if lang.IsLetters(t.Text) {
					letters++
					if len([]rune(t.Text)) > 1 && strings.ToUpper(t.Text) == t.Text {
						caps++
					}
				}
			}
			if caps*2 > letters {
				continue
			}
			started := false
			for _, t := range s.Tokens {
				if !started {
					started = strings.IndexFunc(t.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
					continue
				}
				if lang.IsLetters(t.Text) {
					counts[t.Text]++
				}
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	var b bytes.Buffer
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d\n", w, counts[w])
	}
	return b.Bytes(), nil
}

// readLexicon builds the lexicon from a frequency list (-capfreq, gzip
// or not) and word lists (-words class=FILE): Zemberek .dict or plain
// lists, or JSON whose string values (outside "metadata") are the words,
// as in Faker's name files. capCounts, when not empty, holds more "word
// count" lines (from countCapitals) that the prior adds up with capFreq's.
func readLexicon(capFreq string, capCounts []byte, words []string, inflect bool, l lang.Language) (*ner.Lexicon, error) {
	x := ner.NewLexicon(l.Fold)
	if inflect {
		f, ok := l.(interface{ Forms(string) []string })
		if !ok {
			return nil, fmt.Errorf("-inflect: language %s has no word forms", l.Code())
		}
		x.SetForms(f.Forms)
	}
	if capFreq != "" || len(capCounts) > 0 {
		var r io.Reader = bytes.NewReader(capCounts)
		if capFreq != "" {
			f, closeFn, err := open(capFreq)
			if err != nil {
				return nil, err
			}
			defer closeFn()
			r = io.MultiReader(f, strings.NewReader("\n"), r)
		}
		if err := x.ReadCounts(r, 3); err != nil {
			return nil, fmt.Errorf("capitalization counts: %w", err)
		}
	}
	for _, spec := range words {
		name, path, ok := strings.Cut(spec, "=")
		class, known := wordClasses[name]
		if !ok || !known {
			return nil, fmt.Errorf("bad -words %q: want CLASS=FILE, CLASS one of person, place, proper, common, abbreviation", spec)
		}
		path, col, hasCol := strings.Cut(path, "#")
		r, closeFn, err := open(path)
		if err != nil {
			return nil, err
		}
		switch {
		case hasCol:
			err = addColumn(x, class, r, col)
		case strings.HasSuffix(path, ".json"):
			var v map[string]any
			err = json.NewDecoder(r).Decode(&v)
			delete(v, "metadata")
			x.AddWords(class, jsonStrings(v, nil)...)
		default:
			err = x.ReadWordList(r, class)
		}
		closeFn()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return x, nil
}

// addGazetteerWords adds, for each CLASS=TYPE spec, the words of the
// gazetteer's names of TYPE in language code to the lexicon class: the
// given names and surnames of its people (Дональд Трамп → дональд, трамп),
// the words of its place or organization names. Words of one letter and
// lower-case words (de, of) are left out.
func addGazetteerWords(x *ner.Lexicon, specs []string, g *gazetteer.Gazetteer, code string) error {
	if len(specs) == 0 {
		return nil
	}
	if g == nil {
		return errors.New("-gazwords needs the gazetteer")
	}
	for _, spec := range specs {
		name, typ, ok := strings.Cut(spec, "=")
		class, known := wordClasses[name]
		if !ok || !known || (typ != "PERSON" && typ != "LOCATION" && typ != "ORGANIZATION") {
			return fmt.Errorf("bad -gazwords %q: want CLASS=TYPE, TYPE one of PERSON, LOCATION, ORGANIZATION", spec)
		}
		for _, e := range g.EntriesOf(typ, 0) {
			for _, n := range e.Names[code] {
				for _, w := range strings.FieldsFunc(n, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
					if utf8.RuneCountInString(w) > 1 && lang.StartsUpper(w) {
						x.AddWords(class, w)
					}
				}
			}
		}
	}
	return nil
}

// addColumn adds a column of a tab-separated file to class. col is the
// column, 1-based ("2"), optionally with a floor on another, numeric column
// ("2:7>=15000": column 2 of the rows whose column 7 is at least 15000,
// such as GeoNames' cities above a population). A row whose filter column
// is missing or no integer (a header) is left out.
func addColumn(x *ner.Lexicon, class ner.WordClass, r io.Reader, col string) error {
	n, filter, err := parseColumn(col)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < n || !filter.keeps(f) {
			continue
		}
		x.AddWords(class, f[n-1])
	}
	return sc.Err()
}

// columnFilter keeps the rows whose column col (1-based; 0: no filter) is
// an integer of at least min.
type columnFilter struct {
	col int
	min int64
}

func (c columnFilter) keeps(fields []string) bool {
	if c.col == 0 {
		return true
	}
	if len(fields) < c.col {
		return false
	}
	v, err := strconv.ParseInt(strings.TrimSpace(fields[c.col-1]), 10, 64)
	return err == nil && v >= c.min
}

// parseColumn parses the "#..." suffix of a -words file: COL or
// COL:K>=N.
func parseColumn(spec string) (int, columnFilter, error) {
	bad := fmt.Errorf("bad column %q: want COL or COL:K>=N (1-based columns)", spec)
	colText, filterText, hasFilter := strings.Cut(spec, ":")
	n, err := strconv.Atoi(colText)
	if err != nil || n < 1 {
		return 0, columnFilter{}, bad
	}
	var f columnFilter
	if hasFilter {
		fc, floor, ok := strings.Cut(filterText, ">=")
		if !ok {
			return 0, columnFilter{}, bad
		}
		if f.col, err = strconv.Atoi(fc); err != nil || f.col < 1 {
			return 0, columnFilter{}, bad
		}
		if f.min, err = strconv.ParseInt(floor, 10, 64); err != nil {
			return 0, columnFilter{}, bad
		}
	}
	return n, f, nil
}

// jsonStrings collects the string values in v.
func jsonStrings(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case []any:
		for _, e := range v {
			out = jsonStrings(e, out)
		}
	case map[string]any:
		for _, e := range v {
			out = jsonStrings(e, out)
		}
	}
	return out
}

// open opens a file, decompressing it when it is gzip.
func open(path string) (io.Reader, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReader(f)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		return zr, func() { f.Close() }, nil
	}
	return br, func() { f.Close() }, nil
}

// splitDev copies the sentences of path (blank-line separated blocks of
// raw lines) to prefix-dev.conll (every nth) and prefix-train.conll; with
// byDoc, every nth document (a -DOCSTART- line and the sentences after
// it) goes to prefix-dev.conll, so that no document is on both sides.
func splitDev(path, prefix string, n int, byDoc bool, stdout io.Writer) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	var train, dev strings.Builder
	k, units := 0, "sentence"
	if byDoc {
		units = "document"
	}
	for _, block := range strings.Split(text, "\n\n") {
		block = strings.Trim(block, "\n")
		if block == "" {
			continue
		}
		if !byDoc || strings.HasPrefix(block, "-DOCSTART-") {
			k++
		}
		w := &train
		if k > 0 && k%n == 0 {
			w = &dev
		}
		w.WriteString(block)
		w.WriteString("\n\n")
	}
	if err := os.WriteFile(prefix+"-train.conll", []byte(train.String()), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(prefix+"-dev.conll", []byte(dev.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d %ss: every %dth to %s-dev.conll, the rest to %s-train.conll\n", k, units, n, prefix, prefix)
	return nil
}
