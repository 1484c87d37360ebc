// Command gennames builds lang/tr's given-name list (data/given_names.txt)
// from the shared data: Faker's Turkish first names (@faker-js/faker
// 10.6.0, MIT: gazetteer/faker-names/faker_tr.json, generic, female and
// male), Zemberek-NLP's person names (Apache-2.0:
// gazetteer/zemberek/person-names.dict) and the given names of the
// ParlaMint-TR members of parliament (CC BY 4.0:
// gazetteer/parlamint-tr/mp_names.tsv, every word of a full name but the
// last, the surname) and the stdlib English first names (PDDL 1.0 / CC0
// 1.0: gazetteer/names-en), folded as Turkish folds a word, each once,
// sorted. It writes too the list of those names that are frequent
// ordinary words (data/common_given_names.txt): in Zemberek-NLP's
// case-preserving frequency list (Apache-2.0: gazetteer/zemberek/
// freq-100k.txt.gz) the name written in small letters is seen
// commonWordMinCount times or more and at least half as often as
// capitalized (son, milli, devlet, güneş, bahar, umut; not kemal, selin).
// Run it through go generate in lang/tr:
//
//	go run ./internal/gennames -data ../../../shared/data -o data/given_names.txt -common data/common_given_names.txt
//
// The output depends only on the inputs, so it is rebuilt byte-identically.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/lang/tr/internal/wordfreq"
)

const header = "# Given names for Turkish (Faker tr first names, MIT; Zemberek-NLP person-names.dict, Apache-2.0;\n" +
	"# ParlaMint-TR members' given names, CC BY 4.0; stdlib English first names, PDDL 1.0 / CC0 1.0), folded, one a line.\n"

const commonHeader = "# Given names that are frequent ordinary words (Zemberek-NLP freq-100k, Apache-2.0: written in small\n" +
	"# letters 1000 times or more and at least half as often as capitalized), folded, one a line.\n"

// commonWordMinCount is the least count of a name written in small
// letters in the frequency list that makes it an ordinary word.
const commonWordMinCount = 1000

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	out := flag.String("o", "data/given_names.txt", "output file")
	common := flag.String("common", "data/common_given_names.txt", "output file of the names that are frequent ordinary words")
	flag.Parse()
	if err := run(*data, *out, *common); err != nil {
		fmt.Fprintln(os.Stderr, "gennames:", err)
		os.Exit(1)
	}
}

func run(data, out, commonOut string) error {
	gaz := filepath.Join(data, "gazetteer")
	var names []string
	add := func(name string) {
		name = strings.TrimSpace(name)
		// One word of letters (a hyphen or apostrophe in a name is kept out).
		if name == "" || strings.IndexFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return
		}
		names = append(names, tr.Fold(name))
	}
	raw, err := os.ReadFile(filepath.Join(gaz, "faker-names", "faker_tr.json"))
	if err != nil {
		return err
	}
	var faker struct {
		FirstName map[string][]string `json:"first_name"`
	}
	if err := json.Unmarshal(raw, &faker); err != nil {
		return err
	}
	for _, k := range []string{"generic", "female", "male"} {
		for _, n := range faker.FirstName[k] {
			add(n)
		}
	}
	if err := eachLine(filepath.Join(gaz, "zemberek", "person-names.dict"), func(line string) {
		if f := strings.Fields(line); len(f) > 0 {
			add(f[0])
		}
	}); err != nil {
		return err
	}
	if err := eachLine(filepath.Join(gaz, "parlamint-tr", "mp_names.tsv"), func(line string) {
		full, _, _ := strings.Cut(line, "\t")
		if f := strings.Fields(full); len(f) > 1 {
			for _, w := range f[:len(f)-1] {
				add(w)
			}
		}
	}); err != nil {
		return err
	}
	// Foreign given names as Turkish news writes them (Rosa, Michael):
	// people and storms named with them are reported in Turkish too.
	for _, f := range []string{"first-names-male-en.txt", "first-names-female-en.txt"} {
		if err := eachLine(filepath.Join(gaz, "names-en", f), add); err != nil {
			return err
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if err := os.WriteFile(out, []byte(header+strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	freq, err := wordfreq.Read(filepath.Join(gaz, "zemberek", "freq-100k.txt.gz"))
	if err != nil {
		return err
	}
	var common []string
	for _, n := range names {
		r, size := utf8.DecodeRuneInString(n)
		capital := string(unicode.TurkishCase.ToUpper(r)) + n[size:]
		if lower := freq[n]; lower >= commonWordMinCount && 2*lower >= freq[capital] {
			common = append(common, n)
		}
	}
	return os.WriteFile(commonOut, []byte(commonHeader+strings.Join(common, "\n")+"\n"), 0o644)
}

func eachLine(path string, f func(string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		f(sc.Text())
	}
	return sc.Err()
}
