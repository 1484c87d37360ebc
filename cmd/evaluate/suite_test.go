package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestSuiteOnTheCorpus runs the rows of both suites that read only the
// repository (the news corpus: the shared data is not beside every
// checkout) and checks that each gives a table row with its command and
// scores that are probabilities, the F1 between precision and recall.
func TestSuiteOnTheCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("scores the whole corpus")
	}
	var rows []suiteRow
	for _, name := range []string{"dev", "test"} {
		for _, r := range suites[name] {
			if !r.local && !strings.HasPrefix(r.args[len(r.args)-1], "$DATA") {
				rows = append(rows, r)
			}
		}
	}
	if len(rows) < 10 {
		t.Fatalf("only %d rows read the corpus", len(rows))
	}
	t.Chdir("../..") // the rows' paths are the repository's
	var out, log bytes.Buffer
	if err := runSuite(rows, "no-data-dir", &out, &log); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(rows)+2 {
		t.Fatalf("%d lines for %d rows:\n%s", len(lines), len(rows), out.String())
	}
	for i, r := range rows {
		cells := strings.Split(lines[i+2], " | ")
		if len(cells) != 5 || !strings.Contains(cells[0], r.set) || !strings.Contains(cells[4], "go run ./cmd/evaluate "+r.args[0]) {
			t.Errorf("row %q: %q", r.set, lines[i+2])
			continue
		}
		var s [3]float64
		for k, c := range cells[1:4] {
			v, err := strconv.ParseFloat(strings.Trim(c, "*"), 64)
			if err != nil || v <= 0 || v > 1 {
				t.Errorf("row %q: score %q", r.set, c)
			}
			s[k] = v
		}
		if lo, hi := min(s[0], s[1]), max(s[0], s[1]); s[2] < lo-1e-4 || s[2] > hi+1e-4 {
			t.Errorf("row %q: F1 %.4f outside precision %.4f and recall %.4f", r.set, s[2], s[0], s[1])
		}
	}
}

func TestSuiteMissingFiles(t *testing.T) {
	var out, log bytes.Buffer
	local := []suiteRow{{set: "local", args: []string{"-pipeline", "no/such/file.conll"}, local: true}}
	if err := runSuite(local, "d", &out, &log); err != nil || !strings.Contains(log.String(), "left out") {
		t.Errorf("a missing local file: err %v, log %q", err, log.String())
	}
	shared := []suiteRow{{set: "shared", args: []string{"-pipeline", "$DATA/no/such/file.conll#ud"}}}
	if err := runSuite(shared, "d", &out, &log); err == nil || !strings.Contains(err.Error(), "shared") {
		t.Errorf("a missing shared file: err %v", err)
	}
}

func TestOverallScores(t *testing.T) {
	table := "type precision recall F1 gold pred correct\nPERSON 0.5 0.5 0.5 2 2 1\noverall 0.9000 0.8000 0.8471 10 9 8\n"
	p, r, f, err := overallScores([]byte(table))
	if err != nil || p != "0.9000" || r != "0.8000" || f != "0.8471" {
		t.Errorf("overallScores = %q %q %q %v", p, r, f, err)
	}
	if _, _, _, err := overallScores([]byte("type precision\n")); err == nil {
		t.Error("a table with no overall row: no error")
	}
}

func TestShellWords(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-pipeline", "corpus/tr.dev.conll"}, "-pipeline corpus/tr.dev.conll"},
		{[]string{"-lang", "en", "$DATA/ner/x.iob2#ud"}, "-lang en '../shared/data/ner/x.iob2#ud'"},
		{[]string{"$DATA/ner/btc/btc.dev"}, "../shared/data/ner/btc/btc.dev"},
		{[]string{"$DATA/ner/x.iob2#ud"}, "'../shared/data/ner/x.iob2#ud'"},
	} {
		if got := shellWords(tc.args, "../shared/data"); got != tc.want {
			t.Errorf("shellWords(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

func TestSuiteTakesNoOtherFlags(t *testing.T) {
	var out, log bytes.Buffer
	for _, args := range [][]string{{"-suite", "dev", "-lang", "en"}, {"-suite", "dev", "-pipeline"}, {"-suite", "dev", "x.conll"}, {"-suite", "nope"}} {
		if err := run(args, &out, &log); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}
