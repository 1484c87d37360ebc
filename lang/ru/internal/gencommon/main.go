// Command gencommon builds lang/ru's list of dictionary words written in
// lower case only (data/common_words.txt) from the Russian Hunspell
// dictionary as Debian's hunspell-ru package installs it
// (/usr/share/hunspell/ru_RU.dic; Copyright 1997-2008 Alexander I. Lebedev,
// BSD-style licence, see NOTICE): the stem of each entry (the word before
// its affix flags), of Cyrillic letters alone, in lower case, whose
// capitalized or upper-case form the dictionary does not hold too (авария,
// цунами, пара; not роза or вера, which it also lists as names), folded as
// lang/ru folds (ё → е), one a line, sorted. The stems are the citation
// forms: nouns in the nominative singular, verbs in the infinitive. Run it
// through go generate in lang/ru:
//
//	go run ./internal/gencommon -dict /usr/share/hunspell/ru_RU.dic -o data/common_words.txt
//
// The output depends only on the input, so it is rebuilt byte-identically
// from the same package version (hunspell-ru 1:7.5.0-1).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

const header = "# Dictionary words in lower case only, folded (ё → е) (Russian Hunspell dictionary, Debian hunspell-ru\n" +
	"# 1:7.5.0-1; Copyright 1997-2008 Alexander I. Lebedev, BSD-style licence, see NOTICE; modified: the entries'\n" +
	"# stems without their affix flags, those the dictionary also lists capitalized left out), one a line.\n"

func main() {
	dict := flag.String("dict", "/usr/share/hunspell/ru_RU.dic", "the Hunspell dictionary (.dic)")
	out := flag.String("o", "data/common_words.txt", "output file")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencommon:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
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
		folded := fold(stem)
		if folded == stem {
			lower = append(lower, folded)
		} else {
			capitalized[folded] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	common := slices.DeleteFunc(lower, func(w string) bool { return capitalized[w] })
	slices.Sort(common)
	common = slices.Compact(common)
	return os.WriteFile(out, []byte(header+strings.Join(common, "\n")+"\n"), 0o644)
}

// fold lower-cases w and writes ё as е, as lang/ru folds a token, so that
// an entry with ё (and one written with a capital) is compared folded.
func fold(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
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
