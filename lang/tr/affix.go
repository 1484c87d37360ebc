package tr

// beginsWith is strings.HasPrefix(s, prefix), comparing prefix's last
// byte in line before the rest, which is a call: the word lists the rules
// ask of most words (stemIndex, Cue) hold many stems that share a word's
// first bytes, and few whose last byte the word has at the same place.
func beginsWith(s, prefix string) bool {
	n := len(prefix)
	return len(s) >= n && (n == 0 || s[n-1] == prefix[n-1]) && s[:n] == prefix
}

// endsWith is strings.HasSuffix(s, suffix), comparing suffix's first
// byte in line before the rest (a call), for the lists of endings that
// the rules try on most words.
func endsWith(s, suffix string) bool {
	k := len(s) - len(suffix)
	return k >= 0 && (k == len(s) || s[k] == suffix[0]) && s[k:] == suffix
}
