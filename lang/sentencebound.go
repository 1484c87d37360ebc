package lang

import "sort"

// MaxSentenceTokens and MaxSentenceBytes bound a sentence. A news
// sentence is far shorter; a text with no sentence end (a list, a table,
// names with no punctuation, garbage) or with huge tokens (runs of marks)
// would otherwise make one sentence of the whole document, and every
// stage that works a sentence at a time (the tagger's window, the rules
// reading to a sentence's end, the relation matcher's units) would hold
// structures as long as the document. BoundSentences cuts such a
// sentence into pieces within both bounds.
const (
	MaxSentenceTokens = 1024
	MaxSentenceBytes  = 64 << 10
)

// BoundSentences returns sents with every sentence longer than
// MaxSentenceTokens tokens or MaxSentenceBytes bytes cut into pieces
// (SentenceWindowEnd), with exact offsets: each piece's Start and End are
// its first token's Start and its last token's End. When no sentence is
// too long it returns sents itself, with no allocation.
func BoundSentences(toks []Token, sents []Sentence) []Sentence {
	i := 0
	for i < len(sents) && !tooLong(toks, sents[i]) {
		i++
	}
	if i == len(sents) {
		return sents
	}
	out := make([]Sentence, i, len(sents)+len(sents)/16+1)
	copy(out, sents[:i])
	for _, s := range sents[i:] {
		if !tooLong(toks, s) {
			out = append(out, s)
			continue
		}
		for first := s.First; first < s.Last; {
			last := SentenceWindowEnd(toks, first, s.Last)
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
			first = last
		}
	}
	return out
}

func tooLong(toks []Token, s Sentence) bool {
	return s.Last-s.First > MaxSentenceTokens || (s.Last > s.First && toks[s.Last-1].End-toks[s.First].Start > MaxSentenceBytes)
}

// SentenceWindowEnd returns the end of the piece of a sentence that starts
// at token first, in a sentence ending at token last: last itself if the
// rest fits within MaxSentenceTokens tokens and MaxSentenceBytes bytes,
// else just after the last punctuation token in the second half of the
// next MaxSentenceTokens tokens within MaxSentenceBytes (a name does not
// straddle it), else their end. A piece holds at least one token.
func SentenceWindowEnd(toks []Token, first, last int) int {
	end := min(last, first+MaxSentenceTokens)
	if limit := toks[first].Start + MaxSentenceBytes; toks[end-1].End > limit {
		// The first token past the byte budget ends the piece.
		end = first + max(1, sort.Search(end-first, func(k int) bool { return toks[first+k].End > limit }))
	}
	if end == last {
		return last
	}
	for i := end - 1; i > first+(end-first)/2; i-- {
		if toks[i].Kind == Punct {
			return i + 1
		}
	}
	return end
}
