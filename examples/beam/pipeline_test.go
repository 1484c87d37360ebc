package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	//lint:ignore SA1019 prism, the runner Beam recommends instead, downloads its binary at run time; the test must run offline.
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/varlik/varlik/entity"
)

// result is one decoded result line.
type result struct {
	ID       json.RawMessage `json:"id"`
	Lang     string          `json:"lang"`
	Entities []entity.Entity `json:"entities"`
	File     string          `json:"file"`
	Error    string          `json:"error"`
}

// runDirect runs the pipeline on the direct runner and returns its two
// outputs decoded.
func runDirect(t *testing.T, cfg config) ([]result, []entityCount) {
	t.Helper()
	cfg.Output = filepath.Join(t.TempDir(), "out")
	if err := execute(cfg); err != nil {
		t.Fatal(err)
	}
	return readLines[result](t, cfg.Output+".jsonl"), readLines[entityCount](t, cfg.Output+"-entities.jsonl")
}

// execute checks cfg and runs the pipeline on the direct runner.
func execute(cfg config) error {
	if err := cfg.check(); err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	if _, err := direct.Execute(context.Background(), p); err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	return nil
}

func readLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v: %.200s", path, err, sc.Text())
		}
		out = append(out, v)
	}
	return out
}

// checkCounts checks that the per-entity counts add up to the mentions in
// the results, one line per ID (per canonical name and type for local
// IDs), with the smallest canonical name and type seen.
func checkCounts(t *testing.T, results []result, counts []entityCount) {
	t.Helper()
	type want struct {
		n              int
		canonical, typ string
	}
	wants := map[string]*want{}
	for _, r := range results {
		for _, e := range r.Entities {
			k := countKey(e)
			w := wants[k]
			if w == nil {
				w = &want{canonical: e.Canonical, typ: string(e.Type)}
				wants[k] = w
			}
			w.n++
			w.canonical, w.typ = min(w.canonical, e.Canonical), min(w.typ, string(e.Type))
		}
	}
	seen := map[string]bool{}
	for _, c := range counts {
		k := c.ID
		if k == "" {
			k = "\x00" + c.Canonical + "\x00" + c.Type
		}
		if seen[k] {
			t.Errorf("%q counted twice", k)
		}
		seen[k] = true
		w := wants[k]
		if w == nil || w.n != c.Mentions || w.canonical != c.Canonical || w.typ != c.Type {
			t.Errorf("%+v: want %+v", c, w)
		}
	}
	if len(seen) != len(wants) {
		t.Errorf("%d count lines, want %d", len(seen), len(wants))
	}
}

// TestOneCountPerID: an entity named in several languages is counted
// once, under its ID (Q148 for Çin, China and Китай).
func TestOneCountPerID(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":1,"text":"Çin ve Rusya anlaştı."}
{"id":2,"text":"China and Russia agreed."}
{"id":3,"text":"Китай и Россия договорились."}
`), 0o644)
	_, counts := runDirect(t, config{Input: in, Format: "jsonl", Lang: "auto", MaxBytes: 1 << 20, MaxLine: 64 << 20})
	n := 0
	for _, c := range counts {
		if c.ID == "Q148" {
			n++
			if c.Mentions != 3 || c.Canonical != "China" {
				t.Errorf("Q148: %+v, want 3 mentions under China", c)
			}
		}
	}
	if n != 1 {
		t.Errorf("Q148 on %d lines, want 1: %+v", n, counts)
	}
}

// TestTextFiles tags the repository's testdata, one document per file.
func TestTextFiles(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	results, counts := runDirect(t, config{Input: "../../testdata/*.txt", Format: "text", Lang: "auto", MaxBytes: 1 << 20, MaxLine: 64 << 20})
	if len(results) != len(files) {
		t.Fatalf("%d results for %d files", len(results), len(files))
	}
	mentions := 0
	for _, r := range results {
		var path string
		if err := json.Unmarshal(r.ID, &path); err != nil || r.Error != "" {
			t.Fatalf("result id %s, error %q", r.ID, r.Error)
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("id %q is not the input path: %v", path, err)
		}
		for _, e := range r.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || string(text[e.Start:e.End]) != e.Text {
				t.Errorf("%s: entity %+v does not address its text", path, e)
			}
		}
		mentions += len(r.Entities)
	}
	if mentions == 0 {
		t.Error("no entity found in the testdata")
	}
	checkCounts(t, results, counts)
}

// TestJSONL tags JSON Lines, with bad lines reported as error records.
func TestJSONL(t *testing.T) {
	results, counts := runDirect(t, config{Input: "testdata/news.jsonl", Format: "jsonl", Lang: "auto", MaxBytes: 1 << 20, MaxLine: 64 << 20})
	byID := map[string]result{}
	var errs []string
	for _, r := range results {
		if r.Error != "" {
			errs = append(errs, string(r.ID)+": "+r.Error)
			if !strings.HasSuffix(r.File, "news.jsonl") {
				t.Errorf("error record %s names file %q", r.ID, r.File)
			}
			continue
		}
		byID[string(r.ID)] = r
	}
	for _, id := range []string{`"tr-1"`, `"tr-2"`, `"en-1"`, `4`} {
		if r, ok := byID[id]; !ok || r.Lang == "" {
			t.Errorf("document %s: not tagged (%+v)", id, r)
		}
	}
	if len(errs) != 3 || !strings.Contains(strings.Join(errs, "\n"), `"no-text": no "text"`) || !strings.Contains(strings.Join(errs, "\n"), `null: empty line`) {
		t.Errorf("errors %q, want a bad JSON line, a line without text and a blank line", errs)
	}
	checkCounts(t, results, counts)
}

func TestConfigCheck(t *testing.T) {
	for _, cfg := range []config{
		{Output: "o", Format: "text", Lang: "auto", MaxLine: 1},
		{Input: "i", Output: "o", Format: "xml", Lang: "auto", MaxLine: 1},
		{Input: "i", Output: "o", Format: "text", Lang: "xx", MaxLine: 1},
		{Input: "i", Output: "o", Format: "text", Lang: "auto"},
	} {
		if err := cfg.check(); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
}
