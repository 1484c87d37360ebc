package entity

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// factRuEvalDevset is FactRuEval-2016's development set as the shared
// data holds it (ner/factrueval-2016/original/devset): each document's
// text (.txt), spans (.spans), mentions of objects (.objects) and
// coreference chains of objects (.coref).
const factRuEvalDevset = "../../shared/data/ner/factrueval-2016/original/devset"

// Floors of TestFactRuEvalPersonChains: the share of pairs of one chain's
// PERSON mentions that get one ID, and the most pairs of different chains'
// mentions that share one. 832 of 920 (0.904) and 8 of 3,877 since a
// patronymic is no part of a Russian person's ID (776 before).
const (
	minChainPairsLinked  = 0.88
	maxCrossChainsMerged = 12
)

// TestFactRuEvalPersonChains links the gold PERSON mentions of each
// FactRuEval dev document (Extractor.LinkMentions) and checks that pairs
// of mentions of one coreference chain share an ID and pairs of different
// chains do not, within the floors above: Russian news names its people in
// every case, with and without given names and patronymics, which the
// linker must join and keep apart. -v logs the figures. Skipped where the
// shared data is absent.
func TestFactRuEvalPersonChains(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(factRuEvalDevset, "*.txt"))
	if len(files) == 0 {
		t.Skip("no FactRuEval devset at " + factRuEvalDevset)
	}
	x, err := New(WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	var linked, chainPairs, merged, crossPairs int
	for _, f := range files {
		base := strings.TrimSuffix(f, ".txt")
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		people := factRuEvalPeople(t, base, text)
		spans := make([]MentionSpan, len(people))
		for i, p := range people {
			spans[i] = MentionSpan{Start: p.start, End: p.end, Type: Person}
		}
		ents, err := x.LinkMentions(context.Background(), "", text, spans)
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		for i := range people {
			for j := i + 1; j < len(people); j++ {
				same := ents[i].ID == ents[j].ID
				if people[i].chain == people[j].chain {
					chainPairs++
					if same {
						linked++
					}
				} else {
					crossPairs++
					if same {
						merged++
					}
				}
			}
		}
	}
	share := float64(linked) / float64(chainPairs)
	t.Logf("pairs of one chain's PERSON mentions sharing an ID: %d of %d (%.3f); of different chains': %d of %d", linked, chainPairs, share, merged, crossPairs)
	if share < minChainPairsLinked || merged > maxCrossChainsMerged {
		t.Errorf("%d of %d (%.3f) linked, want at least %.2f; %d merged, want at most %d", linked, chainPairs, share, minChainPairsLinked, merged, maxCrossChainsMerged)
	}
}

// factPerson is a gold PERSON mention of a FactRuEval document: its byte
// offsets and its coreference chain.
type factPerson struct {
	start, end int
	chain      string
}

// factRuEvalPeople returns the PERSON mentions of the document whose files
// start with base that a coreference chain holds, in text order, each from
// its first span's start to its last span's end (and the period after an
// initial that ends it, which the tokenizer keeps with its letter), those
// overlapping an earlier one left out. The files count offsets in
// characters; text's are bytes.
func factRuEvalPeople(t *testing.T, base, text string) []factPerson {
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string][2]int{} // span ID → its start and end in characters
	for _, f := range factRuEvalLines(t, base+".spans") {
		if len(f) < 4 {
			continue
		}
		start, err1 := strconv.Atoi(f[2])
		n, err2 := strconv.Atoi(f[3])
		if err1 == nil && err2 == nil {
			spans[f[0]] = [2]int{start, start + n}
		}
	}
	chains := map[string]string{} // object ID → its chain
	for _, f := range factRuEvalLines(t, base+".coref") {
		// A chain's first line is its ID and its objects' IDs; the
		// attribute lines after it (firstname Юрий) name no object.
		for _, obj := range f[1:] {
			chains[obj] = f[0]
		}
	}
	var people []factPerson
	for _, f := range factRuEvalLines(t, base+".objects") {
		if f[1] != "Person" || chains[f[0]] == "" {
			continue
		}
		start, end := len(byteAt), -1
		for _, id := range f[2:] {
			if s, ok := spans[id]; ok {
				start, end = min(start, s[0]), max(end, s[1])
			}
		}
		if end < 0 || end >= len(byteAt) || start >= end {
			continue
		}
		p := factPerson{byteAt[start], byteAt[end], chains[f[0]]}
		if !utf8.ValidString(text[p.start:p.end]) {
			continue
		}
		if p.end < len(text) && text[p.end] == '.' && initialEnds(text[p.start:p.end]) {
			p.end++
		}
		people = append(people, p)
	}
	slices.SortStableFunc(people, func(a, b factPerson) int { return a.start - b.start })
	out := people[:0]
	for _, p := range people {
		if len(out) == 0 || out[len(out)-1].end <= p.start {
			out = append(out, p)
		}
	}
	return out
}

// initialEnds reports whether s ends in a word of one letter (А of А
// Кудрин), an initial whose period the tokenizer keeps with it.
func initialEnds(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 || !unicode.IsLetter(r) {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	return len(s) == size || !unicode.IsLetter(r)
}

// factRuEvalLines returns the fields before any comment (#) of each line
// of a FactRuEval file that has two or more.
func factRuEvalLines(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fields := strings.Fields(line); len(fields) >= 2 {
			out = append(out, fields)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
