package en

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sharedData is where the corpora that TestProseTokensMatchProseOnCorpora
// reads are, beside the repository; the test skips those that are not.
const sharedData = "../../../shared/data"

// TestProseTokensMatchProseOnCorpora checks proseTokens against prose's
// Tokenize, line by line, on NTREX-128's English news and on the English
// NER corpora (Universal NER's EWT, GUM, WNUT-17, the Broad Twitter
// Corpus): their sentences as written (# text) and their tokens joined by
// spaces. Lines with a span longer than maxProseSpan, which proseTokens
// splits on purpose, are only checked for offsets.
func TestProseTokensMatchProseOnCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("long: reads the corpora")
	}
	files := []string{"text/ntrex-128/original/NTREX-128/newstest2019-src.eng.txt"}
	for _, pattern := range []string{"ner/uner-en-ewt/*.iob2", "ner/gum/*.iob2", "ner/gum/conllu/*.conllu",
		"ner/wnut17/*.conll", "ner/wnut17/*.annotated", "ner/btc/*.conll", "ner/btc/btc.*"} {
		matches, _ := filepath.Glob(filepath.Join(sharedData, pattern))
		for _, m := range matches {
			files = append(files, strings.TrimPrefix(m, sharedData+"/"))
		}
	}
	lines := 0
	for _, f := range files {
		texts, err := corpusLines(filepath.Join(sharedData, f))
		if os.IsNotExist(err) {
			t.Logf("%s: not there, skipped", f)
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			got, err := collect(text)
			if err != nil {
				t.Fatal(err)
			}
			if longestSpan(text) <= maxProseSpan {
				if want := proseTokenizer().Tokenize(text); !slices.Equal(got, want) {
					t.Fatalf("%s: proseTokens(%q) =\n%v\nprose gives\n%v", f, text, got, want)
				}
			}
			for _, tk := range got {
				if text[tk.Start:tk.End()] != tk.Text || tk.Text == "" {
					t.Fatalf("%s: token %+v breaks the offset invariant in %q", f, tk, text)
				}
			}
		}
		lines += len(texts)
	}
	t.Logf("%d lines of %d files", lines, len(files))
}

// corpusLines returns the texts of a file to tokenize: each line of plain
// text, or, in a CoNLL-style file of one token a line, each sentence's
// "# text" comment and its tokens (the first column, or the second after
// a token number) joined by spaces.
func corpusLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	conll := !strings.HasSuffix(path, ".txt")
	var texts, words []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !conll:
			texts = append(texts, line)
		case strings.HasPrefix(line, "# text = "):
			texts = append(texts, strings.TrimPrefix(line, "# text = "))
		case strings.HasPrefix(line, "#"):
		case strings.TrimSpace(line) == "":
			if len(words) > 0 {
				texts = append(texts, strings.Join(words, " "))
				words = words[:0]
			}
		default:
			fields := strings.Fields(line)
			if len(fields) > 2 && strings.Trim(fields[0], "0123456789.-") == "" {
				words = append(words, fields[1])
			} else {
				words = append(words, fields[0])
			}
		}
	}
	if len(words) > 0 {
		texts = append(texts, strings.Join(words, " "))
	}
	return texts, sc.Err()
}
