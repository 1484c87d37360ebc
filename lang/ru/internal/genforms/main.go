// Command genforms builds lang/ru's set of dictionary word forms written
// in lower case only (data/dictionary_forms.bloom): every form the Russian
// Hunspell dictionary's entries make with their suffixes, as Hunspell's
// unmunch expands them (Debian's hunspell-ru 1:7.5.0-1 and hunspell-tools;
// Copyright 1997-2008 Alexander I. Lebedev, BSD-style licence, see NOTICE),
// folded as lang/ru folds a token (lower case, ё → е), less the forms that
// the dictionary's capitalized entries make too (путина, the fishing
// season, is also Путин's genitive). 1.2 million forms, where the citation
// forms of data/common_words.txt are 135,000: a headline's verbs and
// adjectives (БЕСПОКОЯТ, ВАЛЛИЙСКОМ) are among them. The set is a Bloom
// filter (lang.BuildBloomWords, 10 bits a form, 7 probes). Run it through
// go generate in lang/ru:
//
//	go run ./internal/genforms -o data/dictionary_forms.bloom
//
// The output depends only on the dictionary, so it is rebuilt
// byte-identically from the same package versions.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
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
	cmd := exec.Command("unmunch", dic, aff)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	forms, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("unmunch (Debian's hunspell-tools): %v: %s", err, stderr.Bytes())
	}
	lower, capitalized := map[string]bool{}, map[string]bool{}
	for line := range strings.Lines(string(forms)) {
		form := strings.TrimSpace(line)
		if !cyrillicLetters(form) {
			continue
		}
		if f := fold(form); f == form {
			lower[f] = true
		} else if strings.ToLower(form) != form {
			capitalized[f] = true
		} else {
			lower[f] = true // a lower-case form with ё
		}
	}
	var words []string
	for w := range lower {
		if !capitalized[w] {
			words = append(words, w)
		}
	}
	if len(words) < 500000 {
		return fmt.Errorf("only %d forms: is %s the Russian dictionary?", len(words), dic)
	}
	slices.Sort(words)
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
