// Command genforms builds lang/tr's set of dictionary word forms written
// in lower case only (data/dictionary_forms.bloom): every form the Turkish
// Hunspell dictionary's entries make with their suffixes
// (gazetteer/hunspell-tr in the shared data: Copyright (c) 2014 Harun
// Reşit Zafer, MIT License, see NOTICE), expanded by its affix file's
// suffix rules (lang/internal/hunspell), folded as lang/tr folds a token
// (Turkish lower case: I → ı, İ → i), less the forms its capitalized
// entries make too. 1.33 million forms, where the model's prior
// counts Zemberek-NLP's 82,000 most frequent: a headline's verb forms
// (HİDDETLENDİRDİ, HESAPLIYORDU) are among them. The set is a Bloom filter
// (lang.BuildBloomWords, 10 bits a form, 7 probes). Run it through go
// generate in lang/tr:
//
//	go run ./internal/genforms -data ../../../shared/data -o data/dictionary_forms.bloom
//
// The output depends only on the dictionary, so it is rebuilt
// byte-identically from the same shared data.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"unicode"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/internal/hunspell"
	"github.com/varlik/varlik/lang/tr"
)

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	out := flag.String("o", "data/dictionary_forms.bloom", "output file")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genforms:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	dir := filepath.Join(data, "gazetteer/hunspell-tr")
	rules, err := hunspell.ReadAffix(filepath.Join(dir, "index.aff"))
	if err != nil {
		return err
	}
	words, err := rules.LowerCaseForms(filepath.Join(dir, "index.dic"), letters, tr.Fold, tr.Fold)
	if err != nil {
		return err
	}
	if len(words) < 500000 {
		return fmt.Errorf("only %d forms: is %s the Turkish dictionary?", len(words), dir)
	}
	fmt.Fprintf(os.Stderr, "genforms: %d forms\n", len(words))
	return os.WriteFile(out, lang.BuildBloomWords(words, 10, 7), 0o644)
}

// letters reports whether w is letters alone.
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
