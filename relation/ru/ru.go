// Package ru holds varlik's Russian relation patterns. Importing it
// registers them under "ru" (relation.Register).
//
// Russian names are tagged in the case they stand in (Путиным, России) and
// carry no apostrophe suffix, so the patterns read roles from word order,
// prepositions (с, в, по словам, от) and verbs, not from the names' case
// endings; titles are read head first through the morphology (министром
// иностранных дел → министр иностранных дел, see titles.go).
package ru

import "github.com/varlik/varlik/relation"

func init() { relation.Register("ru", ruPatterns) }

// pastForms returns the past-tense forms of verbs given by their masculine
// form (заявил → заявил, заявила, заявило, заявили); a reflexive verb is
// given with its -ся (встретился → встретилась, встретились).
func pastForms(verbs ...string) []string {
	var out []string
	for _, v := range verbs {
		stem, refl := v, ""
		if len(v) > len("ся") && v[len(v)-len("ся"):] == "ся" {
			stem, refl = v[:len(v)-len("ся")], "сь"
			out = append(out, v)
			for _, e := range []string{"а", "о", "и"} {
				out = append(out, stem+e+refl)
			}
			continue
		}
		for _, e := range []string{"", "а", "о", "и"} {
			out = append(out, stem+e+refl)
		}
	}
	return out
}

// join concatenates word lists.
func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// prefixed returns every phrase of phrases after each of the words:
// prefixed([]string{"провел"}, "переговоры") = "провел переговоры".
func prefixed(first []string, phrases ...string) []string {
	var out []string
	for _, f := range first {
		for _, p := range phrases {
			out = append(out, f+" "+p)
		}
	}
	return out
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
