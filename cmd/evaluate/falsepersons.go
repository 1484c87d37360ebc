package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// falsePersons counts the predicted PERSON mentions that no gold PERSON
// mention matches exactly, and among them the two kinds issue #18 names:
// nationality words ("Alman yetkililer", "Amerikalı diplomat": the
// gazetteer's demonyms of the language, and the language's origin words
// of a country the gazetteer knows) and one-word mentions opening a
// sentence whose word, or a stem the language's morphology gives for it,
// is a common word of a lexicon ("Deprem", "Elbetteki").
type falsePersons struct {
	common map[string]bool // folded common words
	l      lang.Language
	g      *gazetteer.Gazetteer

	total, nationality, openers, commonOpeners int
	examples                                   []string // the nationality words and common openers
}

// newFalsePersons reads the lexicon: one word per line (its first field),
// as Zemberek's lower-case master dictionary lists them.
func newFalsePersons(lexicon string, l lang.Language, g *gazetteer.Gazetteer) (*falsePersons, error) {
	f, err := os.Open(lexicon)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fp := &falsePersons{common: map[string]bool{}, l: l, g: g}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.Fields(sc.Text()); len(w) > 0 && !strings.HasPrefix(w[0], "#") {
			fp.common[l.Fold(w[0])] = true
		}
	}
	return fp, sc.Err()
}

// add counts one sentence's false persons, given its words and its gold
// and predicted IOB tags.
func (fp *falsePersons) add(words, gold, pred []string) {
	goldPersons := map[[2]int]bool{}
	for _, s := range annotation.SpansFromTags(conll.Normalize(gold)) {
		if s.Type == annotation.Person {
			goldPersons[[2]int{s.First, s.Last}] = true
		}
	}
	for _, s := range annotation.SpansFromTags(conll.Normalize(pred)) {
		if s.Type != annotation.Person || goldPersons[[2]int{s.First, s.Last}] {
			continue
		}
		fp.total++
		word := words[s.First]
		if i := strings.IndexAny(word, "'’"); i > 0 {
			word = word[:i]
		}
		if fp.isNationality(word) {
			fp.nationality++
			fp.examples = append(fp.examples, "nationality: "+strings.Join(words[s.First:s.Last], " "))
		}
		if s.First == 0 && s.Last == 1 {
			fp.openers++
			if fp.isCommon(fp.l.Fold(word)) {
				fp.commonOpeners++
				fp.examples = append(fp.examples, "common opener: "+word)
			}
		}
	}
}

func (fp *falsePersons) isNationality(word string) bool {
	if fp.g.IsDemonym(word, fp.l) {
		return true
	}
	ow, ok := fp.l.(lang.OriginWords)
	if !ok {
		return false
	}
	stem, ok := ow.OriginStem(word)
	if !ok {
		return false
	}
	for _, e := range fp.g.Lookup(stem, fp.l.Code()) {
		if annotation.Type(e.Type) == annotation.Location && e.Subtype == "country" {
			return true
		}
	}
	return false
}

func (fp *falsePersons) isCommon(w string) bool {
	if fp.common[w] {
		return true
	}
	for _, a := range fp.l.Analyze(w) {
		if fp.common[a.Stem] {
			return true
		}
	}
	return false
}

func (fp *falsePersons) write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "\nPERSON false positives: %d; nationality words %d; one-word sentence openers %d, of which common words %d\n  %s\n",
		fp.total, fp.nationality, fp.openers, fp.commonOpeners, strings.Join(fp.examples, "\n  "))
	return err
}
