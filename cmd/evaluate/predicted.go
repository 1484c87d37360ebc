package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/ner"
)

// scorePredicted scores a CoNLL file that carries its own predictions: the
// gold tag in the second-to-last column and the predicted one in the last,
// as tag -in conll -out conll writes them (and conlleval reads them).
// -DOCSTART- lines are skipped; blank lines end sentences.
//
// With fp, the file's false persons are counted too (falsePersons).
func scorePredicted(path string, fp *falsePersons, stdout io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	ev := ner.NewEvaluation()
	var words, gold, pred []string
	sentences := 0
	flush := func() {
		if len(gold) > 0 {
			ev.Add(annotation.SpansFromTags(conll.Normalize(gold)), annotation.SpansFromTags(conll.Normalize(pred)))
			if fp != nil {
				fp.add(words, gold, pred)
			}
			words, gold, pred = words[:0], gold[:0], pred[:0]
			sentences++
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
		case fields[0] == "-DOCSTART-":
			flush()
		case len(fields) < 3:
			return fmt.Errorf("%s:%d: want a token, a gold tag and a predicted tag", path, n)
		default:
			words = append(words, fields[0])
			gold = append(gold, fields[len(fields)-2])
			pred = append(pred, fields[len(fields)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	flush()
	fmt.Fprintf(stdout, "%s: %d sentences (gold and predicted columns)\n", path, sentences)
	if err := ev.WriteTable(stdout); err != nil || fp == nil {
		return err
	}
	return fp.write(stdout)
}
