// Command genforms builds lang/ru's set of dictionary word forms written
// in lower case only (data/dictionary_forms.bloom): every form the Russian
// Hunspell dictionary's entries make with their suffixes (Debian's
// hunspell-ru 1:7.5.0-1; Copyright 1997-2008 Alexander I. Lebedev,
// BSD-style licence, see NOTICE), expanded here by the affix file's SFX
// rules (Hunspell's own unmunch left out forms such as превратится and
// сражается: 1.17 million forms against 1.35), folded as lang/ru folds a
// token (lower case, ё → е), less the forms that
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
	rules, err := readSuffixRules(aff)
	if err != nil {
		return err
	}
	entries, err := os.ReadFile(dic)
	if err != nil {
		return err
	}
	lower, capitalized := map[string]bool{}, map[string]bool{}
	add := func(form string) {
		if !cyrillicLetters(form) {
			return
		}
		if f := fold(form); strings.ToLower(form) == form {
			lower[f] = true // a lower-case form, with ё or not
		} else {
			capitalized[f] = true
		}
	}
	first := true
	for line := range strings.Lines(string(entries)) {
		if first { // the entry count
			first = false
			continue
		}
		stem, flags, _ := strings.Cut(strings.TrimSpace(line), "/")
		add(stem)
		for _, flag := range flags {
			for _, r := range rules[flag] {
				if form, ok := r.apply(stem); ok {
					add(form)
				}
			}
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

// suffixRule is an affix file's SFX line: a stem that ends in strip and
// matches cond takes add instead of strip.
type suffixRule struct {
	strip, add string
	cond       []runeClass // the stem's last runes, in order
}

// runeClass is one position of a rule's condition: any rune (dot), a set,
// or a set's complement.
type runeClass struct {
	any, negated bool
	set          string
}

func (c runeClass) matches(r rune) bool {
	return c.any || strings.ContainsRune(c.set, r) != c.negated
}

// apply returns the form stem makes under r, and whether r applies.
func (r suffixRule) apply(stem string) (string, bool) {
	runes := []rune(stem)
	if len(runes) < len(r.cond) || !strings.HasSuffix(stem, r.strip) {
		return "", false
	}
	tail := runes[len(runes)-len(r.cond):]
	for i, c := range r.cond {
		if !c.matches(tail[i]) {
			return "", false
		}
	}
	return stem[:len(stem)-len(r.strip)] + r.add, true
}

// readSuffixRules reads the SFX rules of an affix file by flag: lines
// "SFX flag strip add condition" after each "SFX flag cross count" header
// ("0" for an empty strip or add). The Russian file has no prefixes and
// no continuation classes.
func readSuffixRules(aff string) (map[rune][]suffixRule, error) {
	b, err := os.ReadFile(aff)
	if err != nil {
		return nil, err
	}
	rules := map[rune][]suffixRule{}
	for line := range strings.Lines(string(b)) {
		f := strings.Fields(line)
		if len(f) < 5 || f[0] != "SFX" {
			continue // a header has four fields
		}
		flag := []rune(f[1])
		if len(flag) != 1 || strings.Contains(f[3], "/") {
			return nil, fmt.Errorf("%s: unsupported rule %q", aff, strings.TrimSpace(line))
		}
		r := suffixRule{strip: zero(f[2]), add: zero(f[3])}
		if r.cond, err = parseCondition(f[4]); err != nil {
			return nil, fmt.Errorf("%s: %q: %v", aff, strings.TrimSpace(line), err)
		}
		rules[flag[0]] = append(rules[flag[0]], r)
	}
	return rules, nil
}

// zero reads an affix file's "0" as the empty string.
func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// parseCondition reads a rule's condition: runes, dots and bracketed sets
// ([abc], [^abc]), one position each.
func parseCondition(cond string) ([]runeClass, error) {
	if cond == "." {
		return nil, nil
	}
	var out []runeClass
	rs := []rune(cond)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, runeClass{any: true})
		case '[':
			end := slices.Index(rs[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed [")
			}
			set := rs[i+1 : i+end]
			c := runeClass{}
			if len(set) > 0 && set[0] == '^' {
				c.negated, set = true, set[1:]
			}
			c.set = string(set)
			out = append(out, c)
			i += end
		default:
			out = append(out, runeClass{set: string(rs[i])})
		}
	}
	return out, nil
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
