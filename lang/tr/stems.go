package tr

import "strings"

// startsWithAny reports whether norm, a folded word, begins with one of
// stems: the word lists of this package name a noun by the beginnings of
// its forms (kent → kenti, kentinde).
func startsWithAny(norm string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}

// compoundForm reports whether norm is a form of one of stems, the
// possessive forms of nouns in a compound with the name before them
// (kenti → kentinde), but not the stem's genitive, stem+"n" (şirketin, "of
// the company"), which begins as the locative does and follows a name
// that is not the noun's.
func compoundForm(norm string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(norm, s) && !(len(norm) == len(s)+1 && norm[len(s)] == 'n') {
			return true
		}
	}
	return false
}
