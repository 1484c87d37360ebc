package lang

// LatinOrgHeads is implemented by a language whose news writes foreign
// bodies' names in Latin letters and knows the words that end them
// (Russian: Alliance, Hospital, Software): such a run is an organization
// even where the tagger read a name of another kind.
type LatinOrgHeads interface {
	// LatinOrgHead reports whether a word, as written, ends such a name.
	LatinOrgHead(word string) bool
	// KindBeforeLatinTitle reports whether a folded word names a kind of
	// work (фильм, игра), whose title may end in such a word.
	KindBeforeLatinTitle(norm string) bool
}
