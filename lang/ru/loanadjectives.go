package ru

import "strings"

// LoanAdjectiveStem returns a folded Russian adjective of a borrowed
// stem in -al or -iv as English writes it, without the н Russian adds and
// its ending (центрального → централь, Central; национальный → националь,
// National; консервативная → консерватив, Conservative), or the word
// itself (lang.LoanAdjectives). Other adjectives in -н- are Russian words
// (северный, научный), translated, not spelt.
func (Russian) LoanAdjectiveStem(w string) string {
	for _, a := range adjectiveEndings {
		if !strings.HasSuffix(w, a.end) {
			continue
		}
		stem := w[:len(w)-len(a.end)]
		for _, suffix := range []string{"альн", "ивн"} {
			if strings.HasSuffix(stem, suffix) && len(stem) > len(suffix) {
				return stem[:len(stem)-len("н")]
			}
		}
		return w
	}
	return w
}
