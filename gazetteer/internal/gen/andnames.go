package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// addAndSpellings gives an organization named with an ampersand between
// two words (Procter & Gamble, Johnson & Johnson, Church & Dwight) the
// same name with "and", as news often writes it: without it "Procter and
// Gamble" read as a person and a word. The name is left out when another
// entry has it. Names whose ampersand ends them or joins letters (AT&T,
// H&M) have no such spelling.
func addAndSpellings(g *gazetteer, log io.Writer) {
	names := indexNames(g, "")
	added := 0
	for _, e := range g.sorted() {
		if e.typ != "ORGANIZATION" {
			continue
		}
		for _, l := range []string{"en", "tr"} {
			for _, n := range slices.Clone(e.names[l]) {
				v, ok := andSpelling(n)
				if !ok {
					continue
				}
				if others := names[foldKey(v)]; slices.ContainsFunc(others, func(o *entry) bool { return o != e }) {
					fmt.Fprintf(log, "and-spelling left out (another entry's name): %s %q\n", e.id, v)
					continue
				}
				e.addName(l, v)
				added++
			}
		}
	}
	fmt.Fprintf(log, "and-spellings: %d added\n", added)
}

// andSpelling returns n with each " & " between words written " and ".
func andSpelling(n string) (string, bool) {
	if !strings.Contains(n, " & ") || strings.HasSuffix(n, " &") {
		return "", false
	}
	return strings.ReplaceAll(n, " & ", " and "), true
}
