// Command genglued builds lang/tr's lists for names whose suffix is
// written without its apostrophe ("Ankarada" for "Ankara'da"), from
// Zemberek-NLP's case-preserving frequency list (Apache-2.0:
// gazetteer/zemberek/freq-100k.txt.gz), each form folded as Turkish folds
// a word:
//
//   - data/glued_stems.txt: the words written before an apostrophe suffix
//     (türkiye'nin, merkel'in) but not more often in small letters
//     (ordinary words that some texts give an apostrophe), and lang/tr's
//     given names (data/given_names.txt), less those whose forms with a
//     suffix are written without the apostrophe at least an eighth as
//     often as with it (institutions, senatoda, kongredeki, months,
//     eylülde, and ordinary words, barışa, which Turkish writes so);
//   - data/glued_words.txt: the words that tr.NameBeforeGluedSuffix reads
//     as one of those stems and a suffix, but that the list writes so,
//     without an apostrophe, at least
//     an eighth as often as with it: words in their own right (kasımda,
//     denize), where a name's glued forms are rare misspellings (ankarada
//     is written a thirteenth as often as ankara'da, erdoğanın a
//     hundredth).
//
// Run it through go generate in lang/tr:
//
//	go run ./internal/genglued -data ../../../shared/data -names data/given_names.txt -o data
//
// The output depends only on the inputs, so it is rebuilt byte-identically.
package main

import (
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

// ownWordShare is the least share, against its apostrophe forms, with
// which a word written without the apostrophe is a word in its own right,
// and a stem's forms so written are a convention: the months, which
// Turkish writes with an apostrophe after a date (Kasım'da) and without
// one alone (kasımda), score 0.22 to 0.41 a word and 0.16 to 0.95 a stem;
// glued names 0.01 (erdoğanın) to 0.10 (amerikada) a word and 0.09 at
// most a stem (ankara 0.08, istanbul 0.07, türkiye 0.03).
const ownWordShare = 8 // an eighth

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	names := flag.String("names", "data/given_names.txt", "lang/tr's given names")
	out := flag.String("o", "data", "output directory")
	flag.Parse()
	if err := run(*data, *names, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genglued:", err)
		os.Exit(1)
	}
}

// counts are the frequency list's counts of folded forms.
type counts struct {
	all, capitalized, small map[string]int
	apostrophe              map[string]int // a word written so: the count of its forms with an apostrophe (ankarada: ankara'da)
	stems                   map[string]bool
	apostropheForms         map[string]int // a stem: the count of its forms with an apostrophe (ankara: ankara'da, ankara'nın, ...)
}

func run(data, namesPath, out string) error {
	c, err := readCounts(filepath.Join(data, "gazetteer/zemberek/freq-100k.txt.gz"))
	if err != nil {
		return err
	}
	given, err := os.ReadFile(namesPath)
	if err != nil {
		return err
	}
	names := map[string]bool{} // the given names
	for _, line := range strings.Split(string(given), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			names[line] = true
		}
	}
	// The candidates: the words written before an apostrophe but not
	// more often in small letters, and the given names.
	candidate := map[string]bool{}
	for s := range c.stems {
		if c.small[s] < c.capitalized[s] || c.all[s] == 0 {
			candidate[s] = true
		}
	}
	for s := range names {
		candidate[s] = true
	}
	// A candidate's glued forms, those of the words written without an
	// apostrophe that read as it and a suffix: an institution's name
	// (senato, kongre), a month's and an ordinary word's (barış) take
	// their suffixes so.
	glued := map[string]int{}
	for w, n := range c.all {
		if at := tr.NameBeforeGluedSuffix(w, func(s string) bool { return candidate[s] }); at > 0 {
			glued[w[:at]] += n
		}
	}
	var stems []string
	known := map[string]bool{}
	for s := range candidate {
		if glued[s] == 0 || glued[s]*ownWordShare < c.apostropheForms[s] {
			stems = append(stems, s)
			known[s] = true
		}
	}
	common, err := commonNouns(filepath.Join(data, "gazetteer/zemberek/master-dictionary.dict"))
	if err != nil {
		return err
	}
	name := func(s string) bool { return known[s] }
	var words []string
	for w, n := range c.all {
		if letters(w) && tr.NameBeforeGluedSuffix(w, name) > 0 && n*ownWordShare >= c.apostrophe[w] && commonReading(w, common) {
			words = append(words, w)
		}
	}
	if err := write(filepath.Join(out, "glued_stems.txt"), "names a suffix is glued to when its apostrophe is dropped", stems); err != nil {
		return err
	}
	return write(filepath.Join(out, "glued_words.txt"), "words that read as a name and a suffix without its apostrophe but are words in their own right", words)
}

func write(path, what string, words []string) error {
	slices.Sort(words)
	header := "# Code generated by internal/genglued; DO NOT EDIT.\n# The " + what +
		" (Zemberek-NLP freq-100k, Apache-2.0;\n# the given names of data/given_names.txt, whose sources NOTICE lists), folded, one a line.\n"
	return os.WriteFile(path, []byte(header+strings.Join(words, "\n")+"\n"), 0o644)
}

// readCounts reads the frequency list (wordfreq.Read) into its counts.
func readCounts(path string) (*counts, error) {
	freq, err := wordfreq.Read(path)
	if err != nil {
		return nil, err
	}
	c := &counts{all: map[string]int{}, capitalized: map[string]int{}, small: map[string]int{},
		apostrophe: map[string]int{}, stems: map[string]bool{}, apostropheForms: map[string]int{}}
	for word, n := range freq {
		form := tr.Fold(word)
		if stem, suffix, ok := strings.Cut(form, "'"); ok {
			if utf8.RuneCountInString(stem) >= 2 && letters(stem) && letters(suffix) {
				c.stems[stem] = true
				c.apostrophe[stem+suffix] += n
				c.apostropheForms[stem] += n
			}
			continue
		}
		c.all[form] += n
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			c.capitalized[form] += n
		} else if unicode.IsLower(r) {
			c.small[form] += n
		}
	}
	return c, nil
}

// commonNouns reads Zemberek-NLP's dictionary of common words (a word and
// its flags a line), folded.
func commonNouns(path string) (map[string]bool, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	words := map[string]bool{}
	for _, line := range strings.Split(string(text), "\n") {
		if w, _, _ := strings.Cut(line, " "); w != "" && !strings.HasPrefix(w, "#") {
			words[tr.Fold(w)] = true
		}
	}
	return words, nil
}

// commonReading reports whether w, a word written glued often enough to
// pass for a word, reads as a common word with or without endings (roman,
// romana; saray, sarayı): not a name's glued form only (izmire, ankarayı),
// which is written so often by a slip and is left to be split.
func commonReading(w string, common map[string]bool) bool {
	if common[w] {
		return true
	}
	for _, a := range tr.Analyze(w) {
		if common[a.Stem] {
			return true
		}
	}
	return false
}

// letters reports whether s is made of letters only, and not empty.
func letters(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}
