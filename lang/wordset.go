package lang

// WordSet is a small set of words that a language's rules ask about most
// tokens of a document (the words of a match report, a player's acts): a
// map look-up costs a hash of the word and a probe for every token, and
// nearly every token is no member. A table of which lengths the set's
// words have for each key of their first two bytes (wordSetKey) turns most
// tokens away before the map is asked: on the English news of testdata,
// 83-96% of the tokens for lists of content words with the first byte
// alone (the words of a closed class, a third of the tokens, are no case
// for it). The set is fixed once made and safe for concurrent use.
type WordSet struct {
	// lengths[k] has bit n set when a word of n bytes (63 for 63 or more)
	// has the key k (wordSetKey).
	lengths [256]uint64
	words   map[string]bool
}

// NewWordSet returns the set of words, the keys of the map that are true.
func NewWordSet(words map[string]bool) *WordSet {
	s := &WordSet{words: make(map[string]bool, len(words))}
	for w, in := range words {
		if in && w != "" {
			s.words[w] = true
			s.lengths[wordSetKey(w)] |= 1 << min(len(w), 63)
		}
	}
	return s
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w string) bool {
	if w == "" || s.lengths[wordSetKey(w)]>>min(len(w), 63)&1 == 0 {
		return false
	}
	return s.words[w]
}

// wordSetKey is the key of a word that is not empty in a WordSet's table:
// its first byte, mixed with its second when it has one. The second tells
// a Cyrillic word's first letter, whose first byte is D0 or D1 for most,
// and a Latin word's first two letters are spread wider than its first.
// Shifted by one, the second byte's six low bits keep the first letters
// from А to я apart.
func wordSetKey(w string) byte {
	if len(w) < 2 {
		return w[0]
	}
	return w[0] ^ w[1]<<1
}
