// Command gencommon builds lang/en's list of dictionary words written in
// lower case only (data/common_words.txt) from SCOWL's American English
// word list as Debian's wamerican package installs it
// (/usr/share/dict/american-english; SCOWL, Copyright 2000-2011 Kevin
// Atkinson, permissive licence, see NOTICE): each entry of letters alone,
// in lower case, whose capitalized or upper-case form the list does not
// hold too (applause, kudos, slope; not heather, Heather being a name, nor
// mary), one a line, sorted. Run it through go generate in lang/en:
//
//	go run ./internal/gencommon -dict /usr/share/dict/american-english -o data/common_words.txt
//
// The output depends only on the input, so it is rebuilt byte-identically
// from the same package version (wamerican 2020.12.07-2).
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

const header = "# Dictionary words in lower case only (SCOWL American English, Debian wamerican 2020.12.07-2; Copyright\n" +
	"# 2000-2011 Kevin Atkinson, permissive licence, see NOTICE): no capitalized form in the list, one a line.\n"

func main() {
	dict := flag.String("dict", "/usr/share/dict/american-english", "the word list")
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
	all := map[string]bool{}
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" {
			continue
		}
		all[w] = true
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var common []string
	for _, w := range words {
		if !lowerLetters(w) || all[strings.ToUpper(w[:1])+w[1:]] || all[strings.ToUpper(w)] {
			continue
		}
		common = append(common, w)
	}
	slices.Sort(common)
	common = slices.Compact(common)
	return os.WriteFile(out, []byte(header+strings.Join(common, "\n")+"\n"), 0o644)
}

// lowerLetters reports whether w is ASCII lower-case letters alone.
func lowerLetters(w string) bool {
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
