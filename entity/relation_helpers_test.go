package entity

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

type (
	goldEntity = doctest.Gold
	nameSpec   = doctest.Name
)

func docWithEntities(t testing.TB, text string, ents []goldEntity, l lang.Language) *Document {
	return doctest.WithEntities(t, text, ents, l)
}

func docWithNames(t testing.TB, text string, names []nameSpec, l lang.Language) *Document {
	return doctest.WithNames(t, text, names, l)
}

// turkish returns the registered Turkish language.
func turkish() lang.Language {
	l, ok := lang.Get("tr")
	if !ok {
		panic("lang/tr is not registered")
	}
	return l
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

// relationCase is a sentence with its names given, and the relations
// (rendered by relString) that relation.Extract must find in it after
// linking.
type relationCase struct {
	text  string
	names []nameSpec
	want  []string
}

// checkRelationCases runs the table tests of one language's relations.
func checkRelationCases(t *testing.T, l lang.Language, tests []relationCase) {
	t.Helper()
	for _, tt := range tests {
		doc := docWithNames(t, tt.text, tt.names, l)
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
		var got []string
		for _, r := range relation.Extract(context.Background(), doc, l) {
			got = append(got, relString(doc, r))
		}
		if !sameSet(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
