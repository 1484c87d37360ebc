package main

import (
	"bufio"
	"os"
	"sort"
	"strings"
)

// lexicon holds the word lists the listed sources (clubs, universities,
// companies, members of parliament; see listed.go) are checked against:
//
//   - turkish: words spelled as Turkish writes them, from Zemberek's
//     person-names, locations-tr and proper lexicons (case kept: "Doğuş",
//     not the "Dogus" of an ASCII-only source), its master dictionary
//     (lower case: "kültür"), and the Turkish names of Turkey's places in
//     the gazetteer. Zemberek's proper-from-corpus list is left out: it
//     holds ASCII spellings seen in web text (Istanbul, Omer).
//   - given: given names (Zemberek person-names, Faker Turkish first
//     names, English first names): a one-word club name that is a given
//     name (Altay) would tag people.
//   - surname: Faker's Turkish and Russian surnames (folded): a club's
//     short name that is one would tag people (clubnames.go).
type lexicon struct {
	turkish map[string]bool
	given   map[string]bool
	surname map[string]bool
}

func loadLexicon(s src, g *gazetteer) (*lexicon, error) {
	lx := &lexicon{turkish: map[string]bool{}, given: map[string]bool{}, surname: map[string]bool{}}
	for _, f := range []string{"person-names.dict", "locations-tr.dict", "proper.dict", "master-dictionary.dict"} {
		words, err := firstFields(s.path("zemberek", f))
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			lx.turkish[w] = true
			if f == "person-names.dict" {
				lx.given[foldKey(w)] = true
			}
		}
	}
	var faker struct {
		First map[string][]string `json:"first_name"`
	}
	if err := s.json(&faker, "faker-names", "faker_tr.json"); err != nil {
		return nil, err
	}
	for _, f := range []string{"faker_tr.json", "faker_ru.json"} {
		var last struct {
			Last map[string][]string `json:"last_name"`
		}
		if err := s.json(&last, "faker-names", f); err != nil {
			return nil, err
		}
		for _, ns := range last.Last {
			for _, n := range ns {
				lx.surname[foldKey(n)] = true
			}
		}
	}
	kinds := make([]string, 0, len(faker.First))
	for k := range faker.First {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		for _, n := range faker.First[k] {
			lx.given[foldKey(n)] = true
		}
	}
	for _, f := range []string{"first-names-male-en.txt", "first-names-female-en.txt"} {
		words, err := firstFields(s.path("names-en", f))
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			lx.given[foldKey(w)] = true
		}
	}
	for _, e := range g.byID {
		if e.typ == "LOCATION" && e.attrs["country"] == turkeyID {
			for _, n := range e.names["tr"] {
				for _, w := range strings.Fields(n) {
					lx.turkish[w] = true
				}
			}
		}
	}
	return lx, nil
}

// turkishWord reports whether the capitalized word w is spelled as
// Turkish spells it: a known proper name, or a dictionary word.
func (lx *lexicon) turkishWord(w string) bool {
	return lx.turkish[w] || lx.turkish[lowerTurkish(w)]
}

// firstFields reads the first white-space separated field of every
// non-blank line of a file ("Abad [P: Noun,Prop]" → "Abad").
func firstFields(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) > 0 && !strings.HasPrefix(fs[0], "#") {
			out = append(out, fs[0])
		}
	}
	return out, sc.Err()
}
