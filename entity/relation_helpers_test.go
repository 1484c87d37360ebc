package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/tr"
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
