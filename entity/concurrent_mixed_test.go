package entity_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestExtractConcurrentMixed extracts documents of three languages from
// six goroutines at once, each in its own order, through one Extractor
// that identifies the language: every result must equal the sequential
// one. The linker's and the recognizer's memos outlive a document and
// are shared by the goroutines; a race or an answer kept for the wrong
// document or language would show here (and under -race).
func TestExtractConcurrentMixed(t *testing.T) {
	var docs []string
	for _, f := range []string{"news_tr.txt", "news_en.txt", "news_ru.txt", "story_tr.txt", "story_en.txt", "story_ru.txt"} {
		b, err := os.ReadFile("../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		ds := strings.Split(string(b), "\n\n")
		docs = append(docs, ds[:min(len(ds), 20)]...)
	}
	x := newExtractor(t, entity.WithLanguage("auto"))
	ctx := context.Background()
	want := make([]string, len(docs))
	for i, d := range docs {
		doc, err := x.Extract(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for k := range docs {
				i := (k*7 + g*31) % len(docs)
				doc, err := x.Extract(ctx, docs[i])
				if err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(doc); string(b) != want[i] {
					t.Errorf("document %d differs when extracted concurrently", i)
				}
			}
		})
	}
	wg.Wait()
}
