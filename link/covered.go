package link

import "github.com/varlik/varlik/annotation"

// coveredTokens returns, for each token of doc, whether an entity covers
// it: what the stages that add mentions leave alone. The array is n's,
// filled again at each call (the stages before have added mentions).
func (n *notedTokens) coveredTokens(doc *annotation.Document) []bool {
	n.covered = resize(n.covered, len(doc.Tokens))
	for _, e := range doc.Entities {
		for t := max(e.First, 0); t < e.Last && t < len(n.covered); t++ {
			n.covered[t] = true
		}
	}
	return n.covered
}

// sentenceStarts returns, for each token of doc, whether a sentence
// starts at it, in n's array.
func (n *notedTokens) sentenceStarts(doc *annotation.Document) []bool {
	n.starts = resize(n.starts, len(doc.Tokens))
	for _, s := range doc.Sentences {
		if s.First >= 0 && s.First < len(n.starts) {
			n.starts[s.First] = true
		}
	}
	return n.starts
}
