package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/tr"
)

// turkish returns the registered Turkish language.
func turkish() lang.Language {
	l, ok := lang.Get("tr")
	if !ok {
		panic("lang/tr is not registered")
	}
	return l
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

// nameSpec names an entity of a fixture: every token-aligned occurrence of
// Text gets Type, longer names first, never overlapping.
type nameSpec struct {
	Text string
	Type Type
}

// docWithNames builds a Document whose entities are all the occurrences of
// the given names.
func docWithNames(t testing.TB, text string, names []nameSpec, l lang.Language) *Document {
	t.Helper()
	toks := l.Tokenize(text)
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range toks {
		starts[tk.Start], ends[tk.End] = true, true
	}
	sorted := slices.Clone(names)
	slices.SortStableFunc(sorted, func(a, b nameSpec) int { return len(b.Text) - len(a.Text) })
	taken := make([]bool, len(text))
	var ents []goldEntity
	for _, n := range sorted {
		for off := 0; ; {
			i := strings.Index(text[off:], n.Text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.Text)
			off = e
			if !starts[s] || !ends[e] || slices.Contains(taken[s:e], true) {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			ents = append(ents, goldEntity{Text: n.Text, Type: n.Type, Start: s, End: e})
		}
	}
	slices.SortFunc(ents, func(a, b goldEntity) int { return a.Start - b.Start })
	return docWithEntities(t, text, ents, l)
}
