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
		if !endsWith(w, a.end) {
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

// endsWith is strings.HasSuffix(w, end) for a non-empty end, comparing
// the last byte first, in line: loops over a list of endings (the 22
// adjective endings, for each word of each name keyed and each word
// glossed) mostly stop there, where comparing the whole ending is a call.
func endsWith(w, end string) bool {
	n := len(end)
	return n <= len(w) && w[len(w)-1] == end[n-1] && w[len(w)-n:] == end
}
