package main

import (
	"bufio"
	"fmt"
	"strings"
)

// exonym is a curated Turkish (and Russian) name of a foreign place.
type exonym struct{ tr, ru string }

// exonyms is keyed by kind, ISO country code and the English source name.
type exonyms map[string]exonym

func (x exonyms) lookup(kind, country, en string) (exonym, bool) {
	e, ok := x[kind+"|"+country+"|"+foldKey(en)]
	return e, ok
}

// loadExonyms reads curated/exonyms.tsv: kind, country, en, tr, ru.
func loadExonyms() (exonyms, error) {
	f, err := curated.Open("curated/exonyms.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	x := exonyms{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			return nil, fmt.Errorf("exonyms.tsv:%d: want 5 columns, have %d", n, len(c))
		}
		x[c[0]+"|"+c[1]+"|"+foldKey(c[2])] = exonym{tr: c[3], ru: c[4]}
	}
	return x, sc.Err()
}
