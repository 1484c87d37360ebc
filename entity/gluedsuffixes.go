package entity

import (
	"context"

	"github.com/varlik/varlik/lang"
)

// splitGluedSuffixes splits the suffixes a text glues to names without
// their apostrophe ("Ankarada"), in a language that reads them
// (lang.GluedSuffixes), and places the sentences on the new tokens. It
// runs after the norms are restored, so that a text typed in ASCII reads
// its names too.
func splitGluedSuffixes(ctx context.Context, doc *Document, l lang.Language) error {
	g, ok := l.(lang.GluedSuffixes)
	if !ok {
		return nil
	}
	toks, err := g.SplitGluedSuffixes(ctx, doc.Text, doc.Tokens, doc.Sentences)
	if err != nil || len(toks) == len(doc.Tokens) {
		return err
	}
	// A split word lies inside one sentence: each sentence keeps its
	// offsets and takes the tokens between them.
	k := 0
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		for k < len(toks) && toks[k].Start < s.Start {
			k++
		}
		s.First = k
		for k < len(toks) && toks[k].End <= s.End {
			k++
		}
		s.Last = k
	}
	doc.Tokens = toks
	doc.Sentences = lang.BoundSentences(doc.Tokens, doc.Sentences)
	return nil
}

// owners returns, for each token of pieces, the index of the token of
// given that holds it (both in text order, each of pieces inside one of
// given).
func owners(pieces, given []lang.Token) []int {
	owner := make([]int, len(pieces))
	k := 0
	for i, p := range pieces {
		for k+1 < len(given) && given[k].End <= p.Start {
			k++
		}
		owner[i] = k
	}
	return owner
}
