package nerdata

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Articles tells which news article each line of NTREX-128 comes from:
// Articles[n-1] is the article ID of source line n (corpus/ntrex.articles.tsv,
// NTREX-128's DOCUMENT_IDS.tsv: 123 articles of WMT19's newstest2019, their
// lines consecutive). Users tag whole articles, which lets document-level
// steps (a name's other mentions, a surname after the full name) work as
// they do on real news.
type Articles []string

// ReadArticles reads a file of one article ID per source line.
func ReadArticles(path string) (Articles, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var a Articles
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		id := strings.TrimSpace(sc.Text())
		if id == "" {
			return nil, fmt.Errorf("%s:%d: no article ID", path, len(a)+1)
		}
		a = append(a, id)
	}
	return a, sc.Err()
}

// Of returns the article of a record ID, "<collection>.<line>" (ntrex.tr.0001).
func (a Articles) Of(recordID string) (string, error) {
	k := strings.LastIndexByte(recordID, '.')
	n, err := strconv.Atoi(recordID[k+1:])
	if k < 0 || err != nil || n < 1 || !strings.HasPrefix(recordID, "ntrex.") {
		return "", fmt.Errorf("record %q is no NTREX line (ntrex.<lang>.<line>)", recordID)
	}
	if n > len(a) {
		return "", fmt.Errorf("record %q: the article file lists %d lines", recordID, len(a))
	}
	return a[n-1], nil
}

// Documents splits n consecutive records into documents, as [start, end)
// index ranges: of perDoc records each, or, with articles, one for each
// run of records of one article (articleOf(i) is record i's article).
func Documents(n, perDoc int, articleOf func(i int) (string, error)) ([][2]int, error) {
	var docs [][2]int
	if articleOf == nil {
		for i := 0; i < n; i += perDoc {
			docs = append(docs, [2]int{i, min(i+perDoc, n)})
		}
		return docs, nil
	}
	prev := ""
	for i := range n {
		a, err := articleOf(i)
		if err != nil {
			return nil, err
		}
		if i == 0 || a != prev {
			docs = append(docs, [2]int{i, i})
		}
		docs[len(docs)-1][1] = i + 1
		prev = a
	}
	return docs, nil
}
