// Command gencommon builds lang/ru's list of dictionary words written in
// lower case only (data/common_words.txt) from the Russian Hunspell
// dictionary as Debian's hunspell-ru package installs it
// (/usr/share/hunspell/ru_RU.dic; Copyright 1997-2008 Alexander I. Lebedev,
// BSD-style licence, see NOTICE): the stem of each entry (the word before
// its affix flags), of Cyrillic letters alone, in lower case, whose
// capitalized or upper-case form the dictionary does not hold too (авария,
// цунами, пара; not роза or вера, which it also lists as names), folded as
// lang/ru folds (ё → е), one a line, sorted. The stems are the citation
// forms: nouns in the nominative singular, verbs in the infinitive.
//
// A word that WikiNER Russian's text (all three parts, Creative Commons
// Attribution 4.0) capitalizes inside a sentence at least once in every
// capShare of its occurrences there is left out: the dictionary lists it
// in lower case, but names are written so too (Ли, Кит, Юань, Волк:
// surnames and transcribed foreign names; Академия, Аэрофлот: names'
// heads). Run it through go generate in lang/ru:
//
//	go run ./internal/gencommon -dict /usr/share/hunspell/ru_RU.dic -data ../../../shared/data -o data/common_words.txt
//
// The output depends only on the inputs, so it is rebuilt byte-identically
// from the same package version (hunspell-ru 1:7.5.0-1) and shared data.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const header = "# Dictionary words in lower case only, folded (ё → е) (Russian Hunspell dictionary, Debian hunspell-ru\n" +
	"# 1:7.5.0-1; Copyright 1997-2008 Alexander I. Lebedev, BSD-style licence, see NOTICE; modified: the entries'\n" +
	"# stems without their affix flags, those the dictionary also lists capitalized and those WikiNER Russian\n" +
	"# (CC BY 4.0) capitalizes inside a sentence once in five times or more left out), one a line.\n"

// capShare is the share of a word's occurrences inside a sentence of
// WikiNER's text written capitalized from which the word is taken for a
// name as much as a common word. Chosen on NTREX Russian dev: Пара,
// capitalized once in ten times (Пара, the Brazilian state), stays; Ли
// (7 of 30) is left out.
const capShare = 0.2

// wikiNER is WikiNER Russian's text under the shared data directory.
var wikiNER = []string{
	"ner/wikiner-ru-linspector/ru_train.txt",
	"ner/wikiner-ru-linspector/ru_dev.txt",
	"ner/wikiner-ru-linspector/ru_test.txt",
}

func main() {
	dict := flag.String("dict", "/usr/share/hunspell/ru_RU.dic", "the Hunspell dictionary (.dic)")
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	out := flag.String("o", "data/common_words.txt", "output file")
	flag.Parse()
	if err := run(*dict, *data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencommon:", err)
		os.Exit(1)
	}
}

func run(dict, data, out string) error {
	names, err := namelike(data)
	if err != nil {
		return err
	}
	f, err := os.Open(dict)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() { // the first line is the entry count
		return fmt.Errorf("%s: empty", dict)
	}
	var lower []string
	capitalized := map[string]bool{} // folded entries written with a capital
	for sc.Scan() {
		stem, _, _ := strings.Cut(strings.TrimSpace(sc.Text()), "/")
		if !cyrillicLetters(stem) {
			continue
		}
		// An entry is a capitalized one by its case alone: folding also
		// writes ё as е, and an entry with ё (учёный) is a lower-case word.
		folded := fold(stem)
		if strings.ToLower(stem) == stem {
			lower = append(lower, folded)
		} else {
			capitalized[folded] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	common := slices.DeleteFunc(lower, func(w string) bool { return capitalized[w] || names[w] })
	slices.Sort(common)
	common = slices.Compact(common)
	return os.WriteFile(out, []byte(header+strings.Join(common, "\n")+"\n"), 0o644)
}

// fold lower-cases w and writes ё as е, as lang/ru folds a token, so that
// an entry with ё (and one written with a capital) is compared folded.
func fold(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
}

// namelike returns the folded words that WikiNER's text, read from the
// data directory, capitalizes inside a sentence in capShare or more of
// their occurrences there. The files are CoNLL: a token first on each
// line, a blank line between sentences.
func namelike(data string) (map[string]bool, error) {
	capital, lower := map[string]int{}, map[string]int{}
	for _, name := range wikiNER {
		b, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			return nil, err
		}
		first := true // the next token opens a sentence
		for line := range strings.Lines(string(b)) {
			tok, _, _ := strings.Cut(strings.TrimSpace(line), " ")
			if tok == "" {
				first = true
				continue
			}
			if !first {
				r, _ := utf8.DecodeRuneInString(tok)
				switch {
				case unicode.IsUpper(r):
					capital[fold(tok)]++
				case unicode.IsLower(r):
					lower[fold(tok)]++
				}
			}
			first = false
		}
	}
	names := map[string]bool{}
	for w, n := range capital {
		if float64(n) >= capShare*float64(n+lower[w]) {
			names[w] = true
		}
	}
	return names, nil
}

// cyrillicLetters reports whether w is Cyrillic letters alone.
func cyrillicLetters(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
