package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// exonym is a curated Turkish and Russian name of a foreign place, and its
// English one where the source data names it otherwise (GeoNames' Köln is
// Cologne in English news).
type exonym struct {
	tr, ru, en string
	used       bool // a place of the source data took it
}

// exonyms is keyed by kind, ISO country code and the source's name.
type exonyms map[string]*exonym

func (x exonyms) lookup(kind, country, name string) (exonym, bool) {
	return x.take(kind + "|" + country + "|" + foldKey(name))
}

// lookupISO finds the row keyed by ISO 3166-2 code (a region's).
func (x exonyms) lookupISO(kind, country, code string) (exonym, bool) {
	if code == "" {
		return exonym{}, false
	}
	return x.take(kind + "|" + country + "|iso:" + code)
}

func (x exonyms) take(key string) (exonym, bool) {
	e, ok := x[key]
	if !ok {
		return exonym{}, false
	}
	e.used = true
	return *e, true
}

// unused returns the keys of the rows no place took, sorted: a row keyed
// by a name the source data does not use (Cologne where GeoNames writes
// Köln) would otherwise be dead without a word.
func (x exonyms) unused() []string {
	var keys []string
	for k, e := range x {
		if !e.used {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// iso3166Subdivision matches an ISO 3166-2 code (RU-TA, UA-14, DE-HE).
var iso3166Subdivision = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)

// loadExonyms reads curated/exonyms.tsv: kind, country, the source's
// name (or a region's ISO 3166-2 code), tr, ru, and optionally the English name where it differs from
// the source's.
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
		if len(c) != 5 && len(c) != 6 {
			return nil, fmt.Errorf("exonyms.tsv:%d: want 5 or 6 columns, have %d", n, len(c))
		}
		e := &exonym{tr: c[3], ru: c[4]}
		if len(c) == 6 {
			e.en = c[5]
		}
		key := foldKey(c[2])
		if iso3166Subdivision.MatchString(c[2]) {
			key = "iso:" + c[2]
		}
		x[c[0]+"|"+c[1]+"|"+key] = e
	}
	return x, sc.Err()
}
