package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runTag(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out)
	return out.String(), err
}

// TestSeedJSON runs the README's main command and checks the offset
// invariant of every entity against the file's bytes.
func TestSeedJSON(t *testing.T) {
	const path = "../../testdata/xinhua_hangzhou_tr.txt"
	input, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, err := runTag(t, "", path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Lang     string `json:"lang"`
		Entities []struct {
			Text       string `json:"text"`
			Type       string `json:"type"`
			Start, End int
			ID         string `json:"id"`
		} `json:"entities"`
		Relations []struct {
			Type            string `json:"type"`
			Subject, Object int
		} `json:"relations"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	if doc.Lang != "tr" || len(doc.Entities) == 0 || len(doc.Relations) == 0 {
		t.Fatalf("lang %q, %d entities, %d relations", doc.Lang, len(doc.Entities), len(doc.Relations))
	}
	for _, e := range doc.Entities {
		if string(input[e.Start:e.End]) != e.Text {
			t.Errorf("entity %q at [%d,%d) is %q in the input", e.Text, e.Start, e.End, input[e.Start:e.End])
		}
	}
	for _, r := range doc.Relations {
		if r.Subject < 0 || r.Subject >= len(doc.Entities) || r.Object >= len(doc.Entities) {
			t.Errorf("relation %+v has bad indices", r)
		}
	}
}

func TestFormats(t *testing.T) {
	const text = "Rusya Başbakanı Mihail Mişustin, Hangzhou'da Li Qiang ile görüştü."
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-out", "jsonl"}, `"type":"PERSON"`},
		{[]string{"-out", "text"}, "[PERSON Mihail Mişustin]"},
		{[]string{"-out", "text", "-lang", "tr"}, "ROLE\tMihail Mişustin\tRusya (Başbakan)"},
		{[]string{"-out", "spacy"}, `"label":"PERSON"`},
		{[]string{"-split", "line", "-out", "jsonl"}, `{"offset":0,"lang":"tr"`},
		{[]string{"-out", "jsonl"}, `"sentences":[{"start":0,`},
		{[]string{"-out", "jsonl", "-tokens"}, `"tokens":[{"text":"`},
	} {
		out, err := runTag(t, text, tc.args...)
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if !strings.Contains(out, tc.want) {
			t.Errorf("%v: output lacks %q:\n%s", tc.args, tc.want, out)
		}
		if tc.args[1] == "jsonl" && strings.Count(out, "\n") != 1 {
			t.Errorf("jsonl: want one line, got %q", out)
		}
	}
}

// TestTextRoleWithoutBody checks that -out text writes a title with no
// body or place as the role alone, with no empty object before it.
func TestTextRoleWithoutBody(t *testing.T) {
	out, err := runTag(t, "Cumhurbaşkanı Erdoğan dün Ankara'da konuştu.", "-out", "text", "-lang", "tr")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ROLE\tErdoğan\t(Cumhurbaşkanı)\n") {
		t.Errorf("output lacks the role line:\n%q", out)
	}
}

// TestCoNLLRoundTrip checks that -in conll -out conll prints every input
// line, columns kept, with a predicted IOB2 tag appended; that -DOCSTART-
// lines are kept and start documents; and that tokens with their suffix
// attached (Turkish Wiki NER style) get the tag of their stem.
func TestCoNLLRoundTrip(t *testing.T) {
	in := "-DOCSTART- -X- O\n\nÇin\tB-LOC\nBaşbakanı\tO\nLi\tB-PER\nQiang'ın\tI-PER\n.\tO\n\n" +
		"-DOCSTART- -X- O\n\nAnkara'da\tB-LOC\ntoplantı\tO\n"
	out, err := runTag(t, in, "-in", "conll", "-out", "conll", "-labels", "conll")
	if err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(inLines) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(inLines), out)
	}
	for i, line := range lines {
		if inLines[i] == "" {
			if line != "" {
				t.Errorf("line %d: %q, want a blank line", i, line)
			}
			continue
		}
		k := strings.LastIndexByte(line, '\t')
		if k < 0 || line[:k] != inLines[i] {
			t.Errorf("line %d: %q does not keep the input line %q", i, line, inLines[i])
		}
	}
	for _, want := range []string{"Li\tB-PER\tB-PER", "Qiang'ın\tI-PER\tI-PER", "Ankara'da\tB-LOC\tB-LOC", "-DOCSTART- -X- O\tO"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestBadInputExitsZero: any input that can be read gives a result.
func TestBadInputExitsZero(t *testing.T) {
	for _, in := range []string{"", "\x00\x00", "\xff\xfe\xfd", "ş" + strings.Repeat("x", 1<<20)} {
		if _, err := runTag(t, in); err != nil {
			t.Errorf("input %.10q: %v", in, err)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "xx"},
		{"-out", "yaml"},
		{"-in", "pdf"},
		{"-split", "sentence"},
		{"-split", "line", "-in", "conll"},
		{"-nosuchflag"},
		{"no/such/file.txt"},
		{"-model", "no/such.model"},
		{"-gazetteer", "no/such.tsv"},
	} {
		if _, err := runTag(t, "Ankara", args...); err == nil {
			t.Errorf("%v: want an error", args)
		} else if strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: error is not one line: %q", args, err)
		}
	}
}

// TestFlagAfterFile: a flag after a file argument is a usage error given
// before any file is tagged (it was taken for a file, after the file
// before it had been tagged with the defaults); after "--" every argument
// is a file, even one named like a flag.
func TestFlagAfterFile(t *testing.T) {
	const seed = "../../testdata/story_en.txt"
	out, err := runTag(t, "", seed, "-out", "jsonl")
	if err == nil || !strings.Contains(err.Error(), "-out after a file") || out != "" {
		t.Errorf("tag FILE -out jsonl: error %v, %d bytes written; want a usage error and nothing written", err, len(out))
	}
	dir := t.TempDir()
	dashed := filepath.Join(dir, "-x.txt")
	if err := os.WriteFile(dashed, []byte("Ankara'da toplantı yapıldı."), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if out, err := runTag(t, "", "-out", "jsonl", "--", "-x.txt"); err != nil || !strings.Contains(out, `"Ankara"`) {
		t.Errorf("tag -out jsonl -- -x.txt: %v\n%s", err, out)
	}
}

// TestEmptyInputLists: the document of an empty input has [] for every
// list, sentences included (they were null beside "entities":[]).
func TestEmptyInputLists(t *testing.T) {
	for _, args := range [][]string{{"-out", "json"}, {"-out", "jsonl", "-tokens"}} {
		out, err := runTag(t, " ", args...)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "null") || !strings.Contains(strings.ReplaceAll(out, " ", ""), `"sentences":[]`) {
			t.Errorf("%v on empty input: %s", args, out)
		}
	}
}

// TestStreamFlushesAndNamesFiles: with -split each document is written
// out as soon as it is tagged, and with several files each streamed result
// says which file it comes from.
func TestStreamFlushesAndNamesFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Ankara'da toplantı.\nİzmir'de fuar.\n"), 0o644)
	os.WriteFile(b, []byte("Moskova'da görüşme.\n"), 0o644)
	out, err := runTag(t, "", "-split", "line", "-out", "jsonl", a, b)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], `"file":"`+a+`"`) || !strings.Contains(lines[2], `"file":"`+b+`","offset":0`) {
		t.Errorf("streamed output:\n%s", out)
	}

	// A reader that blocks after the first line: the first result must be
	// out before the input ends.
	pr, pw := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- run([]string{"-split", "line", "-out", "jsonl"}, pr, outW); outW.Close() }()
	go pw.Write([]byte("Ankara'da toplantı.\n"))
	first, err := bufio.NewReader(outR).ReadString('\n')
	if err != nil || !strings.Contains(first, "Ankara") {
		t.Errorf("first streamed line %q, %v", first, err)
	}
	pw.Close()
	go io.Copy(io.Discard, outR)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestTokensInEveryMode: -tokens adds the tokens to JSON whether the input
// is one document or split into many (it was dropped with -split).
func TestTokensInEveryMode(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "tr", "-tokens", "-out", "jsonl"},
		{"-lang", "tr", "-tokens", "-out", "json"},
		{"-lang", "tr", "-tokens", "-split", "line", "-out", "jsonl"},
		{"-lang", "tr", "-tokens", "-split", "paragraph", "-out", "json"},
	} {
		out, err := runTag(t, "Ankara'da toplantı.\nİzmir'de fuar.\n", args...)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(strings.NewReader(out))
		for n := 0; dec.More(); n++ {
			var doc struct {
				Text   string `json:"text"`
				Tokens []struct {
					Text       string `json:"text"`
					Start, End int
				} `json:"tokens"`
			}
			if err := dec.Decode(&doc); err != nil {
				t.Fatalf("%v: document %d: %v", args, n, err)
			}
			if len(doc.Tokens) == 0 {
				t.Errorf("%v: document %d has no tokens", args, n)
			}
		}
	}
}
