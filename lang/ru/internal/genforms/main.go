// Command genforms builds lang/ru's set of dictionary word forms written
// in lower case only (data/dictionary_forms.bloom): every form the Russian
// Hunspell dictionary's entries make with their suffixes (Debian's
// hunspell-ru 1:7.5.0-1; Copyright 1997-2008 Alexander I. Lebedev,
// BSD-style licence, see NOTICE), expanded by the affix file's suffix
// rules (lang/internal/hunspell; Hunspell's own unmunch left out forms
// such as превратится and сражается: 1.17 million forms against 1.35),
// folded as lang/ru folds a token (lower case, ё → е), less the forms that
// the dictionary's capitalized entries make too (путина, the fishing
// season, is also Путин's genitive). 1.35 million forms, where the citation
// forms of data/common_words.txt are 135,000: a headline's verbs and
// adjectives (БЕСПОКОЯТ, ВАЛЛИЙСКОМ) are among them. The set is a Bloom
// filter (lang.BuildBloomWords, 10 bits a form, 7 probes). Run it through
// go generate in lang/ru:
//
//	go run ./internal/genforms -o data/dictionary_forms.bloom
//
// The output depends only on the dictionary, so it is rebuilt
// byte-identically from the same package version.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/internal/hunspell"
)

func main() {
	dic := flag.String("dic", "/usr/share/hunspell/ru_RU.dic", "the Hunspell dictionary (.dic)")
	aff := flag.String("aff", "/usr/share/hunspell/ru_RU.aff", "its affix file (.aff)")
	out := flag.String("o", "data/dictionary_forms.bloom", "output file")
	flag.Parse()
	if err := run(*dic, *aff, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genforms:", err)
		os.Exit(1)
	}
}

func run(dic, aff, out string) error {
	rules, err := hunspell.ReadAffix(aff)
	if err != nil {
		return err
	}
	words, err := rules.LowerCaseForms(dic, cyrillicLetters, strings.ToLower, fold)
	if err != nil {
		return err
	}
	if len(words) < 500000 {
		return fmt.Errorf("only %d forms: is %s the Russian dictionary?", len(words), dic)
	}
	fmt.Fprintf(os.Stderr, "genforms: %d forms\n", len(words))
	return os.WriteFile(out, lang.BuildBloomWords(words, 10, 7), 0o644)
}

// fold lower-cases w and writes ё as е, as lang/ru folds a token.
func fold(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "ё", "е")
}

// cyrillicLetters reports whether w is Cyrillic letters alone.
func cyrillicLetters(w string) bool {
	for _, r := range w {
		if (r < 'А' || r > 'я') && r != 'ё' && r != 'Ё' {
			return false
		}
	}
	return w != ""
}
