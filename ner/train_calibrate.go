package ner

import (
	"math"
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// calibrate sets the softmax temperature used for annotation.Span.Score by
// temperature scaling (Guo et al. 2017): among a geometric grid it picks
// the temperature that minimizes the log loss of "the decoded label is
// right" over the tokens that are inside a decoded or a gold entity.
func (m *Model) calibrate(sents []annotation.TaggedSentence, l lang.Language, g *gazetteer.Gazetteer) {
	type obs struct {
		b     *tagBuffers
		t     int
		right bool
	}
	var all []obs
	gold := []int{}
	work := m.newBuffers()
	for _, s := range sents {
		n := len(s.Tokens)
		if n == 0 {
			continue
		}
		gold = append(gold[:0], make([]int, n)...)
		if encodeTags(s.Tags, gold) != nil {
			continue
		}
		var matches []gazetteer.Match
		if g != nil {
			matches = g.Match(s.Tokens, l)
		}
		work.fit(n)
		m.decode(s.Tokens, l, matches, work)
		// What localProb reads, kept: the buffers serve the next sentence.
		b := &tagBuffers{attrs: slices.Clone(work.attrs), sums: slices.Clone(work.sums), labels: slices.Clone(work.labels)}
		for t := range n {
			if b.labels[t] != labelO || gold[t] != labelO {
				all = append(all, obs{b, t, b.labels[t] == gold[t]})
			}
		}
	}
	if len(all) == 0 {
		return
	}
	best, bestLoss := float64(m.temp), math.Inf(1)
	for temp := 0.25 / float64(m.scale); temp < 200/float64(m.scale); temp *= 1.25 {
		loss := 0.0
		for _, o := range all {
			p := min(max(localProb(o.b, &m.trans, o.t, temp), 1e-6), 1-1e-6)
			if o.right {
				loss -= math.Log(p)
			} else {
				loss -= math.Log(1 - p)
			}
		}
		if loss < bestLoss {
			best, bestLoss = temp, loss
		}
	}
	m.temp = float32(best)
}
