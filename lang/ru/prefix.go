package ru

// beginsWith reports whether norm begins with s, as strings.HasPrefix
// does, comparing the first two bytes in line before the rest, which is a
// call: the word lists the rules ask of many words (hasPrefix, caseFormOf,
// CompoundHead) are scanned stem by stem, and most stems differ from most
// words in their first letter, whose second byte tells a Cyrillic one.
func beginsWith(norm, s string) bool {
	if len(norm) < len(s) {
		return false
	}
	if len(s) >= 2 && (norm[1] != s[1] || norm[0] != s[0]) {
		return false
	}
	return norm[:len(s)] == s
}
