package en

// MayTakeCase reports whether a folded word may end in a case
// (gazetteer.CaseEndings): Analyze reads a case, the genitive, only into
// a word ending in 's or s' (’s, s’), and gazetteer matching probes only
// such a word for an inflected name (Russia's). Matching asks it of most
// capitalized words, so the last bytes are read without a loop.
func (English) MayTakeCase(word string) bool {
	const apostrophe = "\u2019" // ’, three bytes
	n := len(word)
	switch {
	case n < 2:
		return false
	case word[n-1] == 's':
		return word[n-2] == '\'' || n >= 4 && word[n-4:n-1] == apostrophe
	case word[n-1] == '\'':
		return word[n-2] == 's'
	}
	return n >= 4 && word[n-3:] == apostrophe && word[n-4] == 's'
}
