package link

import "github.com/varlik/varlik/annotation"

// coveredTokens returns, for each token of doc, whether an entity covers
// it: what the stages that add mentions leave alone.
func coveredTokens(doc *annotation.Document) []bool {
	covered := make([]bool, len(doc.Tokens))
	for _, e := range doc.Entities {
		for t := max(e.First, 0); t < e.Last && t < len(covered); t++ {
			covered[t] = true
		}
	}
	return covered
}

// sentenceStarts returns, for each token of doc, whether a sentence
// starts at it.
func sentenceStarts(doc *annotation.Document) []bool {
	starts := make([]bool, len(doc.Tokens))
	for _, s := range doc.Sentences {
		if s.First >= 0 && s.First < len(starts) {
			starts[s.First] = true
		}
	}
	return starts
}
