package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoMatchFails: an input path that does not exist, or a glob that
// matches nothing, fails the pipeline in both formats (it wrote nothing
// and succeeded).
func TestNoMatchFails(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"text", "jsonl"} {
		for _, input := range []string{filepath.Join(dir, "missing.jsonl"), filepath.Join(dir, "*.jsonl")} {
			cfg := config{Input: input, Output: filepath.Join(dir, "out"), Format: format, Lang: "auto", MaxBytes: 1 << 20, MaxLine: 1 << 20}
			if err := execute(cfg); err == nil || !strings.Contains(err.Error(), "no files matching") {
				t.Errorf("--format %s --input %s: error %v, want no files matching", format, input, err)
			}
		}
	}
}

// TestEmptyTextFile: a text file with nothing to tag is an error record,
// as an empty text is in examples/pipeline.
func TestEmptyTextFile(t *testing.T) {
	in := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(in, []byte(" \n\t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config{Input: in, Output: filepath.Join(t.TempDir(), "out"), Format: "text", Lang: "auto", MaxBytes: 1 << 20, MaxLine: 1 << 20}
	if err := execute(cfg); err != nil {
		t.Fatal(err)
	}
	results := readLines[result](t, cfg.Output+".jsonl")
	if len(results) != 1 || results[0].Error != "text is empty" {
		t.Errorf("results %+v, want one error record: text is empty", results)
	}
}

// TestSameAsPipeline runs examples/pipeline and this pipeline on the same
// JSON Lines and checks that they agree, line by line: the same documents
// tagged alike, the same lines rejected with the same error and line
// number (this pipeline adds the file).
func TestSameAsPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs examples/pipeline")
	}
	lines := []string{
		`{"id":"tr","text":"Dışişleri Bakanı Hakan Fidan Ankara'da konuştu."}`,
		``,
		"  \t",
		"{\"id\":\"bad-utf8\",\"text\":\"Ankara\xff'da\"}",
		`{"id":"broken","text":"Ankara`,
		`{"id":"no-text"}`,
		`{"id":"empty","text":" "}`,
		`{"id":"number","text":42}`,
		`{"id":"after","text":"Ankara"} {}`,
		"{\"id\":\"crlf\",\"text\":\"Moscow is in Russia.\"}\r",
		`{"id":7,"text":"Китай и Россия договорились."}`,
		`{"id":"long","text":"` + strings.Repeat("Ankara ", 200) + `"}`,
	}
	input := []byte(strings.Join(lines, "\n") + "\n")
	in := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(in, input, 0o644); err != nil {
		t.Fatal(err)
	}
	const maxLine = 1000 // the last line is longer
	cmd := exec.Command("go", "run", "./examples/pipeline", "-max-line", "1000", "-workers", "2")
	cmd.Dir = "../.."
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("examples/pipeline: %v\n%s", err, stderr.Bytes())
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(want) != len(lines) {
		t.Fatalf("examples/pipeline wrote %d lines for %d", len(want), len(lines))
	}
	got := map[string]string{} // by line for errors, by id for documents
	cfg := config{Input: in, Output: filepath.Join(t.TempDir(), "out"), Format: "jsonl", Lang: "auto", MaxBytes: 16 << 20, MaxLine: maxLine}
	if err := execute(cfg); err != nil {
		t.Fatal(err)
	}
	for _, r := range readLines[map[string]any](t, cfg.Output+".jsonl") {
		key := "id " + canonical(t, r["id"])
		if r["error"] != nil {
			if r["file"] != in {
				t.Errorf("error record %v names file %v, want %s", r, r["file"], in)
			}
			delete(r, "file")
			key = "line " + canonical(t, r["line"])
		}
		got[key] = canonical(t, r)
	}
	if len(got) != len(lines) {
		t.Errorf("%d records for %d lines", len(got), len(lines))
	}
	for i, w := range want {
		var rec map[string]any
		if err := json.Unmarshal([]byte(w), &rec); err != nil {
			t.Fatal(err)
		}
		key := "id " + canonical(t, rec["id"])
		if rec["error"] != nil {
			key = "line " + canonical(t, rec["line"])
		}
		if g, w := got[key], canonical(t, rec); g != w {
			t.Errorf("line %d (%.40q):\nbeam     %.300s\npipeline %.300s", i+1, lines[i], g, w)
		}
	}
}

// canonical is v as JSON with its keys in order.
func canonical(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
