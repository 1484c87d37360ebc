package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/entity"
)

// conllDoc is one document of a CoNLL input: its lines as read, and the
// tokens of its sentences (the first column).
type conllDoc struct {
	lines     []string // every line, -DOCSTART- and blank ones included, without line ends
	sentences [][]string
}

// readCoNLLDocs splits CoNLL data into documents at -DOCSTART- lines (a
// -DOCSTART- line belongs to the document it starts). Each sentence is
// the first column of its lines; blank lines separate sentences. Data
// with no -DOCSTART- line at all is a collection of sentences (as Wiki NER
// or a treebank is), not one article: each sentence is then a document of
// its own, so that linking never joins names of unrelated sentences.
func readCoNLLDocs(data string) []conllDoc {
	docs := readDocStartDocs(data)
	if len(docs) != 1 || len(docs[0].lines) == 0 || conll.DocStart(docs[0].lines[0]) {
		return docs
	}
	return perSentence(docs[0])
}

// perSentence makes each sentence of d a document, with the blank lines
// after it.
func perSentence(d conllDoc) []conllDoc {
	var out []conllDoc
	var cur conllDoc
	k := 0 // next sentence of d
	inSentence := false
	for _, line := range d.lines {
		blank := strings.TrimSpace(line) == ""
		if !blank && !inSentence {
			if len(cur.lines) > 0 && cur.sentences != nil {
				out = append(out, cur)
				cur = conllDoc{}
			}
			cur.sentences = [][]string{d.sentences[k]}
			k++
		}
		inSentence = !blank
		cur.lines = append(cur.lines, line)
	}
	if len(cur.lines) > 0 {
		out = append(out, cur)
	}
	return out
}

// readDocStartDocs splits data at -DOCSTART- lines.
func readDocStartDocs(data string) []conllDoc {
	var docs []conllDoc
	var cur conllDoc
	var sent []string
	endSentence := func() {
		if len(sent) > 0 {
			cur.sentences = append(cur.sentences, sent)
			sent = nil
		}
	}
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if conll.DocStart(line) {
			endSentence()
			if len(cur.lines) > 0 {
				docs = append(docs, cur)
			}
			cur = conllDoc{}
			cur.lines = append(cur.lines, line)
			continue
		}
		cur.lines = append(cur.lines, line)
		if f := strings.Fields(line); len(f) > 0 {
			sent = append(sent, f[0])
		} else {
			endSentence()
		}
	}
	endSentence()
	if len(cur.lines) > 0 {
		docs = append(docs, cur)
	}
	return docs
}

// tagCoNLL tags a CoNLL input document by document. With -out conll it
// writes every input line with the predicted IOB2 tag appended as a last
// column (O for -DOCSTART- lines; blank lines stay blank), so that the
// output lines up with the input and conlleval can read it (token ... gold
// predicted). Other formats get one result per document.
func tagCoNLL(ctx context.Context, x *entity.Extractor, cfg config, data string, w *bufio.Writer) error {
	for _, d := range readCoNLLDocs(data) {
		doc, err := x.ExtractTokens(ctx, cfg.lang, d.sentences)
		if err != nil {
			return err
		}
		if cfg.out != "conll" {
			if err := writeDoc(w, cfg, doc); err != nil {
				return err
			}
			continue
		}
		tags := labelled(doc.IOB2(), cfg.labels)
		k := 0
		for _, line := range d.lines {
			switch {
			case conll.DocStart(line):
				fmt.Fprintf(w, "%s\tO\n", line)
			case strings.TrimSpace(line) == "":
				fmt.Fprintln(w, line)
			default:
				fmt.Fprintf(w, "%s\t%s\n", line, tags[k])
				k++
			}
		}
	}
	return nil
}

// conllLabels are the CoNLL shared task's names of varlik's types.
var conllLabels = map[string]string{"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

// labelled renames the types of IOB2 tags to the -labels scheme: varlik
// (PERSON, LOCATION, ORGANIZATION) or conll (PER, LOC, ORG).
func labelled(tags []string, scheme string) []string {
	if scheme != "conll" {
		return tags
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		if len(t) > 2 && t[1] == '-' {
			if short, ok := conllLabels[t[2:]]; ok {
				t = t[:2] + short
			}
		}
		out[i] = t
	}
	return out
}
