package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
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
				if names.namesOther(v, e) {
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

// addASCIISpellings gives every organization and place whose English name
// of two or more words has letters with marks the name without them
// (Atlético Madrid: Atletico Madrid; Malmö FF: Malmo FF; Beşiktaş JK:
// Besiktas JK), as English news and ASCII keyboards write them, unless
// another entry has that name. One-word names are left as they are: folded,
// they become words and other names (Naţional: National, Bolívar: Bolivar);
// cities have their folded names already (cities.go, turkey.go). People
// are left to the linker's folded keys: a folded given name and surname
// made lone surnames (Rodriguez) one person's.
func addASCIISpellings(g *gazetteer, log io.Writer) {
	names := indexNames(g, "")
	added := 0
	for _, e := range g.sorted() {
		if e.typ != "ORGANIZATION" && e.typ != "LOCATION" {
			continue
		}
		for _, n := range slices.Clone(e.names["en"]) {
			f := foldLatin(n)
			if f == n || !latinScript(f) || !strings.Contains(f, " ") {
				continue
			}
			if names.namesOther(f, e) {
				fmt.Fprintf(log, "ASCII spelling left out (another entry's name): %s %q\n", e.id, f)
				continue
			}
			e.addName("en", f)
			added++
		}
	}
	fmt.Fprintf(log, "ASCII spellings: %d added\n", added)
}

// namesOther reports whether an entry other than e has the name n.
func (x nameIndex) namesOther(n string, e *entry) bool { return x.otherNamed(n, e) != nil }

// otherNamed returns the first entry other than e that has the name n, or
// nil.
func (x nameIndex) otherNamed(n string, e *entry) *entry {
	for _, o := range x[foldKey(n)] {
		if o != e {
			return o
		}
	}
	return nil
}

// arabicArticles are the spellings of the Arabic article that begin names
// in English and Russian, the hyphen included: al- and its assimilated
// forms (ash-Shabaab, ad-Dawla, as-Suwayda), el- of Egyptian and Maghrebi
// names, and their Russian transcriptions (аль-, аш-, эль-).
var arabicArticles = map[string][]string{
	"en": {"Al-", "El-", "Ad-", "Adh-", "An-", "Ar-", "As-", "Ash-", "At-", "Ath-", "Az-"},
	"ru": {"Аль-", "Эль-", "Ад-", "Ан-", "Ар-", "Ас-", "Аш-", "Ат-", "Аз-", "Эд-", "Эн-", "Эр-", "Эс-", "Эш-", "Эт-", "Эз-"},
}

// addArticleSpellings gives every organization and place whose English or
// Russian name begins with a capitalized Arabic article before a capital
// (Al-Qaeda, Al-Shabaab, Аль-Каида) the same name with the article in
// lower case, as running text writes it ("claimed by al-Qaeda", "боевики
// аль-Каиды"): the matcher lets a lower-case word start only names that
// are themselves lower-case-initial, so without it the name was found at a
// sentence's start only. People are left out: their names begin with a
// given name, and the article inside them matches whatever its case.
func addArticleSpellings(g *gazetteer, log io.Writer) {
	added := 0
	for _, e := range g.sorted() {
		if e.typ != "ORGANIZATION" && e.typ != "LOCATION" {
			continue
		}
		for l, articles := range arabicArticles {
			for _, n := range slices.Clone(e.names[l]) {
				if v, ok := articleSpelling(n, articles); ok {
					e.addName(l, v)
					added++
				}
			}
		}
	}
	fmt.Fprintf(log, "article spellings: %d added\n", added)
}

// articleSpelling returns n with its leading article, one of articles, in
// lower case, when a capital letter follows the article's hyphen.
func articleSpelling(n string, articles []string) (string, bool) {
	for _, a := range articles {
		rest, ok := strings.CutPrefix(n, a)
		if !ok {
			continue
		}
		if !lang.StartsUpper(rest) {
			return "", false
		}
		return strings.ToLower(a) + rest, true
	}
	return "", false
}
