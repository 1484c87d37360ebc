package ner

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// featureIndex numbers the feature hashes a learner has seen, in the
// order it first saw them (so that training is deterministic), by open
// addressing.
type featureIndex struct {
	slots []int32  // feature slot → index+1 (0 = empty)
	skeys []uint64 // the key in each slot
	keys  []uint64 // index → feature hash
}

func newFeatureIndex() featureIndex {
	return featureIndex{slots: make([]int32, 1<<16), skeys: make([]uint64, 1<<16)}
}

// find returns the index of key, or -1.
func (x *featureIndex) find(key uint64) int {
	mask := uint64(len(x.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1
		}
		if x.skeys[i] == key {
			return int(s - 1)
		}
	}
}

// index returns the index of key, adding the feature if new (added true:
// the caller grows its weights).
func (x *featureIndex) index(key uint64) (k int, added bool) {
	if 2*len(x.keys) >= len(x.slots) {
		x.grow()
	}
	mask := uint64(len(x.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			x.keys = append(x.keys, key)
			x.slots[i], x.skeys[i] = int32(len(x.keys)), key
			return len(x.keys) - 1, true
		}
		if x.skeys[i] == key {
			return int(s - 1), false
		}
	}
}

func (x *featureIndex) grow() {
	n := len(x.slots) * 2
	x.slots, x.skeys = make([]int32, n), make([]uint64, n)
	mask := uint64(n - 1)
	for k, key := range x.keys {
		i := key & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i], x.skeys[i] = int32(k+1), key
	}
}

// addAveraged adds share times weight(j) to acc's row of each feature
// the index holds, j = k*numLabels+y for label y of feature k, and share
// times trans(cls, prev, y) to tacc: how a learner's averaged weights join
// those of the runs before it (several runs' averages are combined so
// before quantizing).
func (x *featureIndex) addAveraged(acc map[uint64]*[numLabels]float64, tacc *[numCls][numLabels + 1][numLabels]float64, share float64,
	weight func(j int) float64, trans func(cls, prev, y int) float64) {
	for k, key := range x.keys {
		row := acc[key]
		if row == nil {
			row = new([numLabels]float64)
			acc[key] = row
		}
		for y := range numLabels {
			row[y] += share * weight(k*numLabels+y)
		}
	}
	for cls := range numCls {
		for prev := range numLabels + 1 {
			for y := range numLabels {
				tacc[cls][prev][y] += share * trans(cls, prev, y)
			}
		}
	}
}

// perceptron holds the weights being learned. Averaging uses the
// Daumé trick: besides the current weights w it accumulates u += c·Δ at
// step c, and the average after C steps is w − u/C, so an update costs the
// same as without averaging.
type perceptron struct {
	featureIndex
	w []float32
	u []float64
	// Transitions: a plain label bigram part and a part conditioned on
	// the token's class; decoding uses their sum (eff).
	tw   [numLabels + 1][numLabels]float32
	tu   [numLabels + 1][numLabels]float64
	tcw  [numCls][numLabels + 1][numLabels]float32
	tcu  [numCls][numLabels + 1][numLabels]float64
	eff  transitions
	c    float64 // update step (one per sentence)
	pred []int
}

func newPerceptron() *perceptron {
	return &perceptron{featureIndex: newFeatureIndex(), c: 1}
}

// index returns the index of key, adding the feature if new.
func (p *perceptron) index(key uint64) int {
	k, added := p.featureIndex.index(key)
	if added {
		p.w = append(p.w, make([]float32, numLabels)...)
		p.u = append(p.u, make([]float64, numLabels)...)
	}
	return k
}

// learn decodes one sentence with the current weights and, where the
// prediction differs from gold, moves the weights towards gold. It returns
// the number of mistagged tokens.
func (p *perceptron) learn(attrs []tokenAttrs, gold []int, b *tagBuffers) int {
	n := len(attrs)
	if cap(b.em) < n {
		b.em = make([][numLabels]float32, n)
		b.back = make([][numLabels]int8, n)
	}
	em, back := b.em[:n], b.back[:n]
	if cap(p.pred) < n {
		p.pred = make([]int, n)
	}
	pred := p.pred[:n]
	for i := range n {
		b.feats = tokenFeatures(attrs, i, b.feats[:0])
		em[i] = [numLabels]float32{}
		for _, f := range b.feats {
			if k := p.find(f); k >= 0 {
				w := p.w[k*numLabels : k*numLabels+numLabels]
				for y := range numLabels {
					em[i][y] += w[y]
				}
			}
		}
	}
	viterbi(em, attrs, &p.eff, nil, back, pred)
	errs := 0
	for i := range n {
		if pred[i] != gold[i] {
			errs++
			b.feats = tokenFeatures(attrs, i, b.feats[:0])
			for _, f := range b.feats {
				k := p.index(f)
				p.update(k*numLabels+gold[i], 1)
				p.update(k*numLabels+pred[i], -1)
			}
		}
		gp, pp := -1, -1
		if i > 0 {
			gp, pp = gold[i-1], pred[i-1]
		}
		if gp != pp || gold[i] != pred[i] {
			p.updateTrans(attrs[i].cls, gp+1, gold[i], 1)
			p.updateTrans(attrs[i].cls, pp+1, pred[i], -1)
		}
	}
	if errs > 0 {
		for c := range numCls {
			for i := range numLabels + 1 {
				for y := range numLabels {
					p.eff[c][i][y] = p.tw[i][y] + p.tcw[c][i][y]
				}
			}
		}
	}
	p.c++
	return errs
}

// features returns the number of features updated so far.
func (p *perceptron) features() int { return len(p.keys) }

// updateTrans updates both the plain and the class-conditioned
// transition weight of prev → y on a token of class c.
func (p *perceptron) updateTrans(c uint8, prev, y int, d float32) {
	p.tw[prev][y] += d
	p.tu[prev][y] += p.c * float64(d)
	p.tcw[c][prev][y] += d
	p.tcu[c][prev][y] += p.c * float64(d)
}

func (p *perceptron) update(j int, d float32) {
	p.w[j] += d
	p.u[j] += p.c * float64(d)
}

// addAveraged adds share times the averaged weights to acc and tacc
// (featureIndex.addAveraged).
func (p *perceptron) addAveraged(acc map[uint64]*[numLabels]float64, tacc *[numCls][numLabels + 1][numLabels]float64, share float64) {
	avg := func(w float32, u float64) float64 { return float64(w) - u/p.c }
	p.featureIndex.addAveraged(acc, tacc, share,
		func(j int) float64 { return float64(p.w[j]) - p.u[j]/p.c },
		func(c, i, y int) float64 { return avg(p.tw[i][y], p.tu[i][y]) + avg(p.tcw[c][i][y], p.tcu[c][i][y]) })
}

// quantize builds a Model from averaged weights: int16 weights on a
// common scale. A feature row is dropped when its weights are all below
// prune times the largest weight (0: only when they all round to zero).
func quantize(acc map[uint64]*[numLabels]float64, tacc *[numCls][numLabels + 1][numLabels]float64, code string, fs featureSet, prune float64) (*Model, error) {
	maxAbs := 0.0
	for _, row := range acc {
		for _, v := range row {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	minAbs := prune * maxAbs
	keys := make([]uint64, 0, len(acc))
	rows := make([]rowWeights, 0, len(acc))
	for key, row := range acc {
		var q rowWeights
		keep := false
		for y, v := range row {
			q[y] = int16(math.Round(v / scale))
			keep = keep || q[y] != 0 && math.Abs(v) >= minAbs
		}
		if keep {
			keys, rows = append(keys, key), append(rows, q)
		}
	}
	entries := make([]tableEntry[rowWeights], len(keys))
	for i, k := range keys {
		entries[i] = tableEntry[rowWeights]{k, rows[i]}
	}
	// Sorted, so that the table is placed the same way each time.
	slices.SortFunc(entries, func(a, b tableEntry[rowWeights]) int { return cmp.Compare(a.key, b.key) })
	table, err := newWeightTable(entries)
	if err != nil {
		return nil, fmt.Errorf("ner: weight table: %w", err)
	}
	m := &Model{lang: code, fs: fs, table: table, scale: float32(scale), temp: 1}
	for c := range numCls {
		for i := range numLabels + 1 {
			for y := range numLabels {
				m.trans[c][i][y] = float32(tacc[c][i][y] / scale)
			}
		}
	}
	m.bound = boundOf(&m.trans)
	return m, nil
}
