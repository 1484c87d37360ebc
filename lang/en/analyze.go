package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

// Analyze returns candidate stems of a folded English word: the word itself
// first, then the word without a possessive ('s, s') and without a plural
// -s/-es/-ies. It is deliberately minimal: English names barely inflect, and
// prose already splits 's off as its own token, so most calls see bare stems.
func (English) Analyze(word string) []lang.Analysis {
	out := []lang.Analysis{{Stem: word, Case: "Nom"}}
	add := func(stem, suffix, cas string) {
		if len(stem) < 2 {
			return
		}
		for _, a := range out {
			if a.Stem == stem {
				return
			}
		}
		out = append(out, lang.Analysis{Stem: stem, Suffixes: []string{suffix}, Case: cas})
	}
	w := strings.ReplaceAll(word, "\u2019", "'")
	switch {
	case strings.HasSuffix(w, "'s"):
		add(w[:len(w)-2], "Gen", "Gen") // russia's → russia
		return out
	case strings.HasSuffix(w, "s'"):
		add(w[:len(w)-1], "Gen", "Gen") // leaders' → leaders
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		add(w[:len(w)-3]+"y", "Pl", "Nom") // countries → country
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "zes"):
		add(w[:len(w)-2], "Pl", "Nom") // churches → church
	case strings.HasSuffix(w, "s") && len(w) > 3 &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		add(w[:len(w)-1], "Pl", "Nom") // ministers → minister
	}
	return out
}
