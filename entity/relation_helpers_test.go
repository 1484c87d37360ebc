package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// trTestLang adapts package tr's functions to lang.Language for as long as
// tr registers no Language of its own.
type trTestLang struct{}

func (trTestLang) Tokenize(s string) []lang.Token                     { return tr.Tokenize(s) }
func (trTestLang) Sentences(s string, t []lang.Token) []lang.Sentence { return tr.Sentences(s, t) }
func (trTestLang) Analyze(w string) []lang.Analysis                   { return tr.Analyze(w) }
func (trTestLang) Code() string                                       { return "tr" }
func (trTestLang) Fold(s string) string                               { return tr.Fold(s) }

func turkish() lang.Language {
	if l, ok := lang.Get("tr"); ok {
		return l
	}
	return trTestLang{}
}

// goldEntity is an entity of a test fixture, by byte span.
type goldEntity struct {
	Text  string `json:"text"`
	Type  Type   `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// docWithEntities tokenizes text and attaches the given entities, which
// must align with token boundaries.
func docWithEntities(t testing.TB, text string, ents []goldEntity, l lang.Language) *Document {
	t.Helper()
	toks := l.Tokenize(text)
	doc := &Document{Lang: l.Code(), Text: text, Tokens: toks, Sentences: l.Sentences(text, toks)}
	for _, g := range ents {
		if text[g.Start:g.End] != g.Text {
			t.Fatalf("entity %q: text[%d:%d] = %q", g.Text, g.Start, g.End, text[g.Start:g.End])
		}
		first, last := -1, -1
		for i, tk := range toks {
			if tk.Start == g.Start {
				first = i
			}
			if tk.End == g.End {
				last = i + 1
			}
		}
		if first < 0 || last <= first {
			t.Fatalf("entity %q at %d:%d does not align with tokens", g.Text, g.Start, g.End)
		}
		doc.Entities = append(doc.Entities, Entity{Text: g.Text, Type: g.Type, Start: g.Start, End: g.End,
			First: first, Last: last, Source: "gold"})
	}
	return doc
}

// corpusSentence is one line of testdata/relations_*.jsonl.
type corpusSentence struct {
	Split     string       `json:"split"` // "dev" or "heldout"
	Text      string       `json:"text"`
	Entities  []goldEntity `json:"entities"`
	Relations []struct {
		Type       RelationType `json:"type"`
		Subject    int          `json:"subject"`
		Object     int          `json:"object"`
		Role       string       `json:"role"`
		QuoteStart int          `json:"quote_start"`
		QuoteEnd   int          `json:"quote_end"`
	} `json:"relations"`
}

func readCorpus(t testing.TB, path string) []corpusSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var s corpusSentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
