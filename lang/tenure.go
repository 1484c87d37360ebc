package lang

// TenureWords is implemented by a language that names a leader's
// government by the leader's surname and a word for the tenure, written
// with a capital in some styles (English "the Trump Administration", "the
// Davis Administration"): the name is the person's, the word no part of
// it, as the news annotation tags "the Bush administration".
type TenureWords interface {
	// TenureWord reports whether a folded word (Token.Norm) is such a
	// word.
	TenureWord(norm string) bool
}
