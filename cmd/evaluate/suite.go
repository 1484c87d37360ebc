package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// suiteRow is one figure of the README's accuracy tables: what is scored,
// and the arguments of evaluate that score it. Paths starting with
// "$DATA/" are under the shared data directory, the others under the
// repository (the working directory).
type suiteRow struct {
	set   string
	args  []string
	local bool // a local file that may be missing (the Milliyet split: no licence, never committed)
}

// suites are the rows of -suite dev and -suite test: the sets of the
// README's accuracy tables and the other dev sets docs/accuracy.md follows
// (EWT, GUM, WNUT-17, BTC). The dev rows are the sets every model and rule
// decision is made on; the test rows are scored
// once, at the end of a piece of work (CoNLL-2003 dev is measure-only: no
// licence to train or tune on it, so it stands with the test sets).
var suites = map[string][]suiteRow{
	"dev": {
		{set: "NTREX Turkish dev", args: []string{"-pipeline", "-lang", "tr", "corpus/tr.dev.conll"}},
		{set: "NTREX Turkish dev, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "tr", "corpus/tr.dev.jsonl"}},
		{set: "NTREX Turkish dev, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "tr", "corpus/tr.dev.jsonl"}},
		{set: "NTREX Turkish dev in lower case", args: []string{"-pipeline", "-case", "lower", "-lang", "tr", "corpus/tr.dev.conll"}},
		{set: "NTREX Turkish dev in capitals", args: []string{"-pipeline", "-case", "upper", "-lang", "tr", "corpus/tr.dev.conll"}},
		{set: "NTREX Turkish dev typed in ASCII", args: []string{"-pipeline", "-type-ascii", "-lang", "tr", "corpus/tr.dev.conll"}},
		{set: "NTREX Turkish dev, apostrophes dropped", args: []string{"-pipeline", "-drop-apostrophes", "-lang", "tr", "corpus/tr.dev.conll"}},
		{set: "Turkish Wiki NER dev", args: []string{"-pipeline", "-lang", "tr", "$DATA/ner/turkish-wiki-ner/dev.conll"}},
		{set: "Milliyet dev split (local only)", args: []string{"-pipeline", "-lang", "tr", "local/milliyet-dev.conll"}, local: true},
		{set: "NTREX English dev", args: []string{"-pipeline", "-lang", "en", "corpus/en.dev.conll"}},
		{set: "NTREX English dev, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "en", "corpus/en.dev.jsonl"}},
		{set: "NTREX English dev, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "en", "corpus/en.dev.jsonl"}},
		{set: "NTREX English dev in lower case", args: []string{"-pipeline", "-case", "lower", "-lang", "en", "corpus/en.dev.conll"}},
		{set: "NTREX English dev in capitals", args: []string{"-pipeline", "-case", "upper", "-lang", "en", "corpus/en.dev.conll"}},
		{set: "Universal NER English EWT dev", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/uner-en-ewt/en_ewt-ud-dev.iob2#ud"}},
		{set: "Universal NER English EWT dev, one document a post", args: []string{"-pipeline", "-docstart", "-lang", "en", "$DATA/ner/uner-en-ewt/en_ewt-ud-dev.iob2#ud"}},
		{set: "GUM dev (silver)", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/gum/gum-ner-heuristic.dev.iob2#comments"}},
		{set: "WNUT-17 dev", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/wnut17/emerging.dev.conll"}},
		{set: "BTC dev", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/btc/btc.dev"}},
		{set: "NTREX Russian dev", args: []string{"-pipeline", "-lang", "ru", "corpus/ru.dev.conll"}},
		{set: "NTREX Russian dev, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "ru", "corpus/ru.dev.jsonl"}},
		{set: "NTREX Russian dev, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "ru", "corpus/ru.dev.jsonl"}},
		{set: "NTREX Russian dev in lower case", args: []string{"-pipeline", "-case", "lower", "-lang", "ru", "corpus/ru.dev.conll"}},
		{set: "NTREX Russian dev in capitals", args: []string{"-pipeline", "-case", "upper", "-lang", "ru", "corpus/ru.dev.conll"}},
	},
	"test": {
		{set: "NTREX Turkish test", args: []string{"-pipeline", "-lang", "tr", "corpus/tr.test.conll"}},
		{set: "NTREX Turkish test, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "tr", "corpus/tr.test.jsonl"}},
		{set: "NTREX Turkish test, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "tr", "corpus/tr.test.jsonl"}},
		{set: "NTREX English test", args: []string{"-pipeline", "-lang", "en", "corpus/en.test.conll"}},
		{set: "NTREX English test, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "en", "corpus/en.test.jsonl"}},
		{set: "NTREX English test, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "en", "corpus/en.test.jsonl"}},
		{set: "Universal NER English EWT test", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/uner-en-ewt/en_ewt-ud-test.iob2#ud"}},
		{set: "Universal NER English EWT test, one document a post", args: []string{"-pipeline", "-docstart", "-lang", "en", "$DATA/ner/uner-en-ewt/en_ewt-ud-test.iob2#ud"}},
		{set: "CoNLL-2003 English dev (measure only)", args: []string{"-pipeline", "-lang", "en", "$DATA/ner/conll2003-en/dev.txt"}},
		{set: "CoNLL-2003 English dev, one document an article (measure only)", args: []string{"-pipeline", "-docstart", "-lang", "en", "$DATA/ner/conll2003-en/dev.txt"}},
		{set: "NTREX Russian test", args: []string{"-pipeline", "-lang", "ru", "corpus/ru.test.conll"}},
		{set: "NTREX Russian test, raw text, ten lines a document", args: []string{"-pipeline", "-doc", "10", "-lang", "ru", "corpus/ru.test.jsonl"}},
		{set: "NTREX Russian test, raw text, one document a news article", args: []string{"-pipeline", "-articles", "corpus/ntrex.articles.tsv", "-lang", "ru", "corpus/ru.test.jsonl"}},
		{set: "Universal NER Russian PUD", args: []string{"-pipeline", "-lang", "ru", "$DATA/ner/uner-ru-pud/ru_pud-ud-test.iob2#ud"}},
	},
}

// runSuite scores every row of a suite and writes a Markdown table
// of precision, recall and F1 with the command that gives each figure, so
// that the README's tables are reproduced by one command. A local-only row
// whose file is missing is left out with a note; any other missing file is
// an error (the data directory is wrong).
func runSuite(rows []suiteRow, dataDir string, stdout, stderr io.Writer) error {
	fmt.Fprintf(stdout, "| set | P | R | F1 | command |\n|---|---|---|---|---|\n")
	for _, r := range rows {
		args := make([]string, len(r.args))
		for i, a := range r.args {
			args[i] = strings.Replace(a, "$DATA", dataDir, 1)
		}
		file := args[len(args)-1]
		if k := strings.LastIndexByte(file, '#'); k > 0 {
			file = file[:k]
		}
		if _, err := os.Stat(file); err != nil {
			if r.local {
				fmt.Fprintf(stderr, "evaluate: %s: %s is missing (local only), left out\n", r.set, file)
				continue
			}
			return fmt.Errorf("%s: %w", r.set, err)
		}
		start := time.Now()
		var out bytes.Buffer
		if err := run(args, &out, stderr); err != nil {
			return fmt.Errorf("%s: %w", r.set, err)
		}
		p, rec, f, err := overallScores(out.Bytes())
		if err != nil {
			return fmt.Errorf("%s: %w", r.set, err)
		}
		fmt.Fprintf(stdout, "| %s | %s | %s | **%s** | `go run ./cmd/evaluate %s` |\n", r.set, p, rec, f, shellWords(r.args, dataDir))
		fmt.Fprintf(stderr, "evaluate: %s: %.1f s\n", r.set, time.Since(start).Seconds())
	}
	return nil
}

// overallScores reads precision, recall and F1 off the "overall" row of
// an Evaluation's table (ner.Evaluation.WriteTable).
func overallScores(table []byte) (p, r, f string, err error) {
	sc := bufio.NewScanner(bytes.NewReader(table))
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) >= 4 && fields[0] == "overall" {
			return fields[1], fields[2], fields[3], nil
		}
	}
	return "", "", "", errors.New("no overall row in the scores")
}

// shellWords writes args as a shell command line: a word with a character
// the shell reads is quoted, and "$DATA" is the data directory.
func shellWords(args []string, dataDir string) string {
	words := make([]string, len(args))
	for i, a := range args {
		a = strings.Replace(a, "$DATA", dataDir, 1)
		if strings.ContainsAny(a, "#$ '\"") {
			a = "'" + a + "'"
		}
		words[i] = a
	}
	return strings.Join(words, " ")
}
