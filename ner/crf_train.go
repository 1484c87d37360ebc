package ner

import "math"

// crf learns the weights of a linear-chain conditional random field over
// the perceptron's features and transitions: it maximizes the
// log-likelihood of the gold labels, minus L2 times the squared norm of
// the weights, by stochastic gradient descent with the step
// Step/(1 + λ·Step·t) at sentence t (Bottou's schedule for a strongly
// convex objective; λ = 2·L2/N is the penalty's share per sentence). The
// probabilities are over the label sequences that Viterbi may decode (the
// IOB2 order, O on apostrophe suffixes), so that training and tagging
// agree on what a sentence may be.
//
// The penalty shrinks every weight at every step. Rather than touch them
// all, the weights are kept as scale·v: a step multiplies scale by
// (1 − step·λ) and adds the gradient to the few v of the sentence's
// features, divided by scale (Shalev-Shwartz et al. 2007), so that a step
// costs what the sentence's features do.
//
// The model takes the average of the weights over all steps (averaged
// SGD, Polyak and Juditsky 1992; Xu 2011), as the perceptron takes its
// average: the last weights of SGD wander with its step (tr.model's
// recipe with -runs 1 -step 0.05, model alone: NTREX Turkish dev 0.7907,
// the Milliyet dev split 0.8143 from the last weights, 0.8156 and 0.8404
// from the average). The average is kept as the perceptron keeps it,
// generalized to the scale: with S the sum of the scales so far, each
// change Δ of v adds Δ·S to u, and the sum of the weights over the steps
// is S·v − u.
type crf struct {
	featureIndex
	v     []float64 // emission weights / scale, numLabels a feature
	u     []float64 // for the average: the changes of v times sumS before them
	tv    [numLabels + 1][numLabels]float64
	tu    [numLabels + 1][numLabels]float64
	tcv   [numCls][numLabels + 1][numLabels]float64
	tcu   [numCls][numLabels + 1][numLabels]float64
	scale float64
	sumS  float64 // the sum of the scales of the steps so far
	step  float64 // Step
	l2    float64 // λ, per sentence
	t     float64 // sentences seen

	// Per-sentence scratch.
	idx   []int32 // the sentence's feature indices, token after token
	ends  []int   // where each token's end in idx
	em    [][numLabels]float64
	alpha [][numLabels]float64 // scaled forward probabilities
	beta  [][numLabels]float64 // scaled backward probabilities
	norm  []float64            // alpha's normalizer at each token
	phi   [][numLabels]float64 // exp(emission − its maximum), 0 where a label is not allowed
	seen  [numCls]bool
	expTr [numCls][numLabels + 1][numLabels]float64 // exp(transition), 0 where not allowed
	feats []uint64
}

// newCRF returns a CRF learner for n training sentences, with the total
// penalty l2·‖w‖² and the initial step size step.
func newCRF(n int, l2, step float64) *crf {
	return &crf{featureIndex: newFeatureIndex(), scale: 1, step: step, l2: 2 * l2 / float64(max(n, 1))}
}

// prepare looks up (adding them if new) the features of the sentence's
// tokens and computes the emission scores and the potentials that
// forward and backward read.
func (c *crf) prepare(attrs []tokenAttrs) {
	n := len(attrs)
	c.idx, c.ends = c.idx[:0], c.ends[:0]
	if cap(c.em) < n {
		c.em = make([][numLabels]float64, n)
		c.alpha = make([][numLabels]float64, n)
		c.beta = make([][numLabels]float64, n)
		c.phi = make([][numLabels]float64, n)
		c.norm = make([]float64, n)
	}
	c.seen = [numCls]bool{}
	for i := range n {
		c.feats = tokenFeatures(attrs, i, c.feats[:0])
		var em [numLabels]float64
		for _, f := range c.feats {
			k, added := c.index(f)
			if added {
				c.v = append(c.v, make([]float64, numLabels)...)
				c.u = append(c.u, make([]float64, numLabels)...)
			}
			c.idx = append(c.idx, int32(k))
			w := c.v[k*numLabels : k*numLabels+numLabels]
			for y := range numLabels {
				em[y] += w[y]
			}
		}
		c.ends = append(c.ends, len(c.idx))
		ok := uint16(1<<numLabels - 1) // the labels the token may take
		if attrs[i].cls == clsSuffix {
			ok = 1 << labelO
		}
		best := math.Inf(-1)
		for y := range numLabels {
			em[y] *= c.scale
			if ok&(1<<y) != 0 {
				best = max(best, em[y])
			}
		}
		for y := range numLabels {
			c.phi[i][y] = 0
			if ok&(1<<y) != 0 {
				c.phi[i][y] = math.Exp(em[y] - best)
			}
		}
		c.em[i] = em
		c.seen[attrs[i].cls] = true
	}
	for cls, seen := range c.seen {
		if !seen {
			continue
		}
		for p := range numLabels + 1 {
			for y := range numLabels {
				c.expTr[cls][p][y] = 0
				if allowedAfter[p]&(1<<y) != 0 {
					c.expTr[cls][p][y] = math.Exp(c.scale * (c.tv[p][y] + c.tcv[cls][p][y]))
				}
			}
		}
	}
}

// forward fills alpha, normalized to sum 1 at each token, and norm.
func (c *crf) forward(attrs []tokenAttrs) {
	for t := range attrs {
		tr := &c.expTr[attrs[t].cls]
		a := &c.alpha[t]
		if t == 0 {
			for y := range numLabels {
				a[y] = tr[0][y] * c.phi[0][y]
			}
		} else {
			prev := &c.alpha[t-1]
			for y := range numLabels {
				s := 0.0
				for p := range numLabels {
					s += prev[p] * tr[p+1][y]
				}
				a[y] = s * c.phi[t][y]
			}
		}
		z := 0.0
		for _, v := range a {
			z += v
		}
		c.norm[t] = z
		for y := range a {
			a[y] /= z
		}
	}
}

// backward fills beta, scaled by the forward normalizers, so that
// alpha[t][y]·beta[t][y] is the marginal probability of label y at t.
func (c *crf) backward(attrs []tokenAttrs) {
	n := len(attrs)
	c.beta[n-1] = [numLabels]float64{1, 1, 1, 1, 1, 1, 1, 1, 1}
	for t := n - 2; t >= 0; t-- {
		tr := &c.expTr[attrs[t+1].cls]
		next, b := &c.beta[t+1], &c.beta[t]
		var w [numLabels]float64
		for y := range numLabels {
			w[y] = next[y] * c.phi[t+1][y]
		}
		for p := range numLabels {
			s := 0.0
			for y := range numLabels {
				s += tr[p+1][y] * w[y]
			}
			b[p] = s / c.norm[t+1]
		}
	}
}

// logZ returns the log of the partition function after forward.
func (c *crf) logZ(attrs []tokenAttrs) float64 {
	z := 0.0
	for t := range attrs {
		best := math.Inf(-1)
		for y := range numLabels {
			if c.phi[t][y] != 0 {
				best = max(best, c.em[t][y])
			}
		}
		z += math.Log(c.norm[t]) + best
	}
	return z
}

// goldScore returns the score of the gold sequence after prepare.
func (c *crf) goldScore(attrs []tokenAttrs, gold []int) float64 {
	s := 0.0
	for t, y := range gold {
		p := -1
		if t > 0 {
			p = gold[t-1]
		}
		s += c.em[t][y] + c.scale*(c.tv[p+1][y]+c.tcv[attrs[t].cls][p+1][y])
	}
	return s
}

// nll returns the negative log-likelihood of gold with the current
// weights (without the penalty).
func (c *crf) nll(attrs []tokenAttrs, gold []int) float64 {
	c.prepare(attrs)
	c.forward(attrs)
	return c.logZ(attrs) - c.goldScore(attrs, gold)
}

// learn takes one gradient step on a sentence. It returns the number of
// tokens whose most probable label is not the gold one.
func (c *crf) learn(attrs []tokenAttrs, gold []int, _ *tagBuffers) int {
	n := len(attrs)
	if n == 0 {
		return 0
	}
	c.prepare(attrs)
	c.forward(attrs)
	c.backward(attrs)
	eta := c.step / (1 + c.l2*c.step*c.t)
	c.t++
	c.scale *= 1 - eta*c.l2
	if c.scale < 1e-6 {
		c.rescale()
	}
	d := eta / c.scale // a gradient step in v's units
	sumS := c.sumS     // the sum of the scales before this step
	c.sumS += c.scale
	errs, from := 0, 0
	for t := range n {
		a, b := &c.alpha[t], &c.beta[t]
		var g [numLabels]float64 // expected minus gold counts of the token's labels
		best := 0
		for y := range numLabels {
			g[y] = a[y] * b[y]
			if g[y] > g[best] {
				best = y
			}
		}
		if best != gold[t] {
			errs++
		}
		g[gold[t]]--
		for _, k := range c.idx[from:c.ends[t]] {
			j := int(k) * numLabels
			w, u := c.v[j:j+numLabels], c.u[j:j+numLabels]
			for y := range numLabels {
				w[y] -= d * g[y]
				u[y] -= d * g[y] * sumS
			}
		}
		from = c.ends[t]
		// Transitions into token t: the pair marginals, less gold's pair.
		cls := attrs[t].cls
		tr := &c.expTr[cls]
		gp := -1
		if t > 0 {
			gp = gold[t-1]
		}
		c.updateTrans(cls, gp+1, gold[t], d, sumS)
		if t == 0 {
			for y := range numLabels {
				c.updateTrans(cls, 0, y, -d*a[y]*b[y], sumS)
			}
			continue
		}
		prev := &c.alpha[t-1]
		for y := range numLabels {
			w := c.phi[t][y] * b[y] / c.norm[t]
			if w == 0 {
				continue
			}
			for p := range numLabels {
				if q := prev[p] * tr[p+1][y] * w; q != 0 {
					c.updateTrans(cls, p+1, y, -d*q, sumS)
				}
			}
		}
	}
	return errs
}

// updateTrans adds delta to the plain and the class-conditioned
// transition weight of prev → y on a token of class cls (v's units), and
// delta·sumS to their sums for the average.
func (c *crf) updateTrans(cls uint8, prev, y int, delta, sumS float64) {
	c.tv[prev][y] += delta
	c.tu[prev][y] += delta * sumS
	c.tcv[cls][prev][y] += delta
	c.tcu[cls][prev][y] += delta * sumS
}

// rescale folds scale into v, so that updates divided by scale stay
// precise. The sum of the weights, sumS·v − u, stays as it was: sumS
// is divided by what v is multiplied by.
func (c *crf) rescale() {
	c.sumS /= c.scale
	for j := range c.v {
		c.v[j] *= c.scale
	}
	for p := range c.tv {
		for y := range c.tv[p] {
			c.tv[p][y] *= c.scale
		}
	}
	for cls := range c.tcv {
		for p := range c.tcv[cls] {
			for y := range c.tcv[cls][p] {
				c.tcv[cls][p][y] *= c.scale
			}
		}
	}
	c.scale = 1
}

// addAveraged adds share times the weights averaged over the steps to acc
// and tacc (featureIndex.addAveraged).
func (c *crf) addAveraged(acc map[uint64]*[numLabels]float64, tacc *[numCls][numLabels + 1][numLabels]float64, share float64) {
	if c.t == 0 {
		return
	}
	avg := func(v, u float64) float64 { return (c.sumS*v - u) / c.t }
	c.featureIndex.addAveraged(acc, tacc, share,
		func(j int) float64 { return avg(c.v[j], c.u[j]) },
		func(cls, p, y int) float64 {
			return avg(c.tv[p][y], c.tu[p][y]) + avg(c.tcv[cls][p][y], c.tcu[cls][p][y])
		})
}

// features returns the number of features seen.
func (c *crf) features() int { return len(c.keys) }
