package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
)

// coveredBy returns, for each token of doc, whether one of its mentions
// covers it: made at the first call, and again at the first after
// mentions were added (merge). A stage may mark in it the tokens of the
// mentions it is adding, and must then add them.
func (n *notedTokens) coveredBy(doc *annotation.Document) []bool {
	if !n.coveredKnown {
		n.covered = resize(n.covered, len(doc.Tokens))
		for _, e := range doc.Entities {
			for t := max(e.First, 0); t < e.Last && t < len(n.covered); t++ {
				n.covered[t] = true
			}
		}
		n.coveredKnown = true
	}
	return n.covered
}

// sentenceStarts returns, for each token of doc, whether a sentence
// starts at it.
func (n *notedTokens) sentenceStarts(doc *annotation.Document) []bool {
	if !n.startsKnown {
		n.starts = resize(n.starts, len(doc.Tokens))
		for _, s := range doc.Sentences {
			if s.First >= 0 && s.First < len(n.starts) {
				n.starts[s.First] = true
			}
		}
		n.startsKnown = true
	}
	return n.starts
}

// merge adds the mentions added to doc's, which stay sorted by Start
// (mention.MergeByStart); the tokens they cover are marked when coveredBy
// is next asked: most documents add none.
func (n *notedTokens) merge(doc *annotation.Document, added []annotation.Entity) {
	if len(added) == 0 {
		return
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
	n.mentionsAdded()
}

// mentionsAdded tells n that mentions were added to its document, whose
// tokens coveredBy then marks when next asked.
func (n *notedTokens) mentionsAdded() { n.coveredKnown = false }
