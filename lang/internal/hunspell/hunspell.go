// Package hunspell expands the entries of a Hunspell dictionary by the
// suffix rules of its affix file, for the generators that make a
// language's list of word forms (lang/ru and lang/tr internal/genforms).
// It reads what those dictionaries use: SFX rules with conditions of
// runes, dots and bracketed sets, flags of one rune each or numbers
// ("FLAG num"); not prefixes, continuation classes or compounding.
package hunspell

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Affix is an affix file's suffix rules by flag.
type Affix struct {
	numericFlags bool // "FLAG num": an entry's flags are numbers, comma-separated
	rules        map[string][]rule
}

// rule is an SFX line: a stem that ends in strip and matches cond takes
// add instead of strip.
type rule struct {
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

// ReadAffix reads the suffix rules of the affix file at path: lines "SFX
// flag strip add condition" after each "SFX flag cross count" header ("0"
// for an empty strip or add), and its FLAG line.
func ReadAffix(path string) (*Affix, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &Affix{rules: map[string][]rule{}}
	for line := range strings.Lines(string(b)) {
		f := strings.Fields(line)
		switch {
		case len(f) >= 2 && f[0] == "SET" && f[1] != "UTF-8":
			return nil, fmt.Errorf("%s: unsupported SET %s (UTF-8 only)", path, f[1])
		case len(f) == 2 && f[0] == "FLAG":
			if f[1] != "num" {
				return nil, fmt.Errorf("%s: unsupported FLAG %s", path, f[1])
			}
			a.numericFlags = true
		case len(f) >= 2 && f[0] == "PFX":
			return nil, fmt.Errorf("%s: prefixes are not supported", path)
		case len(f) >= 5 && f[0] == "SFX" && !suffixHeader(f):
			if strings.Contains(f[3], "/") {
				return nil, fmt.Errorf("%s: continuation classes are not supported: %q", path, strings.TrimSpace(line))
			}
			r := rule{strip: zero(f[2]), add: zero(f[3])}
			if r.cond, err = parseCondition(f[4]); err != nil {
				return nil, fmt.Errorf("%s: %q: %v", path, strings.TrimSpace(line), err)
			}
			a.rules[f[1]] = append(a.rules[f[1]], r)
		}
	}
	return a, nil
}

// ExpandFile calls emit with every entry's stem of the dictionary at path
// (its first line, the entry count, skipped) and every form its flags'
// rules make of it.
func (a *Affix) ExpandFile(path string, emit func(form string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	if !sc.Scan() {
		return fmt.Errorf("%s: empty", path)
	}
	for sc.Scan() {
		a.Expand(strings.TrimSpace(sc.Text()), emit)
	}
	return sc.Err()
}

// Expand calls emit with an entry's stem ("stem/flags") and every form
// its flags' rules make of it.
func (a *Affix) Expand(entry string, emit func(form string)) {
	stem, flags, _ := strings.Cut(entry, "/")
	if stem == "" {
		return
	}
	emit(stem)
	for _, flag := range a.flags(flags) {
		for _, r := range a.rules[flag] {
			if form, ok := r.apply(stem); ok {
				emit(form)
			}
		}
	}
}

// flags splits an entry's flags: numbers between commas, or runes.
func (a *Affix) flags(s string) []string {
	if s == "" {
		return nil
	}
	if a.numericFlags {
		return strings.Split(s, ",")
	}
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// apply returns the form stem makes under r, and whether r applies.
func (r rule) apply(stem string) (string, bool) {
	if !strings.HasSuffix(stem, r.strip) {
		return "", false
	}
	if len(r.cond) > 0 {
		runes := []rune(stem)
		if len(runes) < len(r.cond) {
			return "", false
		}
		for i, c := range r.cond {
			if !c.matches(runes[len(runes)-len(r.cond)+i]) {
				return "", false
			}
		}
	}
	return stem[:len(stem)-len(r.strip)] + r.add, true
}

// suffixHeader reports whether the fields f of an SFX line are a class's
// header ("SFX flag Y|N count"), perhaps with a comment after it.
func suffixHeader(f []string) bool {
	if len(f) < 4 || f[2] != "Y" && f[2] != "N" {
		return false
	}
	if _, err := strconv.Atoi(f[3]); err != nil {
		return false
	}
	return len(f) == 4 || strings.HasPrefix(f[4], "#")
}

// zero reads an affix file's "0" as the empty string.
func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// parseCondition reads a rule's condition: runes, dots and bracketed sets
// ([abc], [^abc]), one position each; "." alone matches any stem.
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

// LowerCaseForms returns, sorted, the forms of the dictionary at path
// (ExpandFile) written in lower case only, folded: each form keep accepts
// that lower leaves as it is, by fold, less those that a form written
// with a capital folds to too (Russian путина, the fishing season, is
// also Путин's genitive).
func (a *Affix) LowerCaseForms(path string, keep func(form string) bool, lower, fold func(string) string) ([]string, error) {
	lowerCase, capitalized := map[string]bool{}, map[string]bool{}
	err := a.ExpandFile(path, func(form string) {
		if !keep(form) {
			return
		}
		if lower(form) == form {
			lowerCase[fold(form)] = true
		} else {
			capitalized[fold(form)] = true
		}
	})
	if err != nil {
		return nil, err
	}
	var forms []string
	for f := range lowerCase {
		if !capitalized[f] {
			forms = append(forms, f)
		}
	}
	slices.Sort(forms)
	return forms, nil
}
