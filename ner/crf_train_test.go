package ner

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
)

// crfExample is a sentence with a two-word name, a name before an
// apostrophe suffix (which only O may label) and a lower-case word, and
// its gold labels, and a CRF whose weights for its features (and every
// transition) are random, on a scale that is not 1.
func crfExample(t *testing.T, l2, step float64) (*crf, []tokenAttrs, []int) {
	t.Helper()
	toks := []lang.Token{
		{Text: "Ali", Norm: "ali", Kind: lang.Word},
		{Text: "Çelik", Norm: "çelik", Kind: lang.Word},
		{Text: "Van", Norm: "van", Kind: lang.Word},
		{Text: "'da", Norm: "'da", Kind: lang.Suffix},
		{Text: "konuştu", Norm: "konuştu", Kind: lang.Word},
	}
	gold := []int{labelBPer, labelIPer, labelBLoc, labelO, labelO}
	var fs featureSet
	attrs := make([]tokenAttrs, len(toks))
	fs.computeAttrs(toks, nil, nil, attrs)
	c := newCRF(1, l2, step)
	c.prepare(attrs) // adds the features
	rng := rand.New(rand.NewPCG(7, 7))
	c.scale = 0.7
	for j := range c.v {
		c.v[j] = rng.NormFloat64() * 0.3
	}
	for p := range c.tv {
		for y := range c.tv[p] {
			c.tv[p][y] = rng.NormFloat64()
			for cls := range c.tcv {
				c.tcv[cls][p][y] = rng.NormFloat64()
			}
		}
	}
	return c, attrs, gold
}

// crfParams returns pointers to all of c's weights (in v's units).
func crfParams(c *crf) []*float64 {
	var ps []*float64
	for j := range c.v {
		ps = append(ps, &c.v[j])
	}
	for p := range c.tv {
		for y := range c.tv[p] {
			ps = append(ps, &c.tv[p][y])
			for cls := range c.tcv {
				ps = append(ps, &c.tcv[cls][p][y])
			}
		}
	}
	return ps
}

// TestCRFPartition checks forward's log Z against the sum over every label
// sequence that Viterbi may decode, and that the marginals of each token
// sum to 1.
func TestCRFPartition(t *testing.T) {
	c, attrs, gold := crfExample(t, 1, 0.1)
	n := len(attrs)
	c.prepare(attrs)
	c.forward(attrs)
	c.backward(attrs)
	got := c.logZ(attrs)
	seq := make([]int, n)
	z := 0.0
	var walk func(i int)
	walk = func(i int) {
		if i == n {
			var s float64
			for t, y := range seq {
				p := -1
				if t > 0 {
					p = seq[t-1]
				}
				s += c.em[t][y] + c.scale*(c.tv[p+1][y]+c.tcv[attrs[t].cls][p+1][y])
			}
			z += math.Exp(s)
			return
		}
		for y := range numLabels {
			p := -1
			if i > 0 {
				p = seq[i-1]
			}
			if allowed(p, y) && (attrs[i].cls != clsSuffix || y == labelO) {
				seq[i] = y
				walk(i + 1)
			}
		}
	}
	walk(0)
	if want := math.Log(z); math.Abs(got-want) > 1e-9 {
		t.Errorf("log Z %v, want %v", got, want)
	}
	for i := range n {
		sum := 0.0
		for y := range numLabels {
			sum += c.alpha[i][y] * c.beta[i][y]
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("token %d: marginals sum to %v", i, sum)
		}
	}
	if nll := c.nll(attrs, gold); !(nll > 0) {
		t.Errorf("negative log-likelihood %v, want > 0", nll)
	}
}

// TestCRFGradient checks a step of learn against finite differences of the
// objective it descends, nll + λ/2·‖w‖², on every weight: the step from w
// is w − η·gradient, with η the first step size.
func TestCRFGradient(t *testing.T) {
	for _, l2 := range []float64{0, 0.5} {
		const eta = 1e-3
		c, attrs, gold := crfExample(t, l2, eta)
		lambda := c.l2
		ps := crfParams(c)
		objective := func() float64 {
			f := c.nll(attrs, gold)
			for _, p := range ps {
				w := c.scale * *p
				f += lambda / 2 * w * w
			}
			return f
		}
		numeric := make([]float64, len(ps))
		const h = 1e-5
		for j, p := range ps {
			old := *p
			*p = old + h/c.scale
			up := objective()
			*p = old - h/c.scale
			down := objective()
			*p = old
			numeric[j] = (up - down) / (2 * h)
		}
		before := make([]float64, len(ps))
		for j, p := range ps {
			before[j] = c.scale * *p
		}
		c.learn(attrs, gold, nil)
		bad := 0
		for j, p := range ps {
			analytic := (before[j] - c.scale**p) / eta
			if math.Abs(analytic-numeric[j]) > 1e-6*max(1, math.Abs(numeric[j])) {
				if bad++; bad <= 5 {
					t.Errorf("L2 %v, weight %d: gradient %v, finite differences %v", l2, j, analytic, numeric[j])
				}
			}
		}
		if bad > 0 {
			t.Errorf("L2 %v: %d of %d weights' gradients wrong", l2, bad, len(ps))
		}
	}
}

func TestCRFRescaleKeepsWeights(t *testing.T) {
	c, attrs, gold := crfExample(t, 1, 0.1)
	before := c.nll(attrs, gold)
	c.rescale()
	if c.scale != 1 {
		t.Errorf("scale %v after rescale, want 1", c.scale)
	}
	if after := c.nll(attrs, gold); math.Abs(after-before) > 1e-12 {
		t.Errorf("nll %v after rescale, was %v", after, before)
	}
}

// TestCRFAverage checks that addAveraged gives the mean of the weights
// after each step, across a rescale too.
func TestCRFAverage(t *testing.T) {
	c, attrs, gold := crfExample(t, 0.5, 0.1)
	for j := range c.v { // the average starts from zero weights
		c.v[j] = 0
	}
	c.tv, c.tcv = [numLabels + 1][numLabels]float64{}, [numCls][numLabels + 1][numLabels]float64{}
	const steps = 4
	sum := make([]float64, len(c.v))
	for i := range steps {
		if i == 2 {
			c.rescale()
		}
		c.learn(attrs, gold, nil)
		for j := range c.v {
			sum[j] += c.scale * c.v[j]
		}
	}
	acc := map[uint64]*[numLabels]float64{}
	var tacc [numCls][numLabels + 1][numLabels]float64
	c.addAveraged(acc, &tacc, 1)
	for k, key := range c.keys {
		for y := range numLabels {
			if got, want := acc[key][y], sum[k*numLabels+y]/steps; math.Abs(got-want) > 1e-12 {
				t.Fatalf("feature %d label %d: average %v, want %v", k, y, got, want)
			}
		}
	}
}

// TestTrainLearners trains each learner on the synthetic sentences: each
// must fit them, and the same seed must give the same model.
func TestTrainLearners(t *testing.T) {
	sents, err := conll.ReadFile("testdata/ner_tiny.conll", conll.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		cfg  TrainConfig
	}{
		{"perceptron", TrainConfig{Lang: "tr", Epochs: 5, Seed: 3}},
		{"crf", TrainConfig{Lang: "tr", Epochs: 10, Seed: 3, Learner: CRF, L2: 0.1, Step: 0.1}},
		{"crf runs", TrainConfig{Lang: "tr", Epochs: 10, Seed: 3, Runs: 2, Learner: CRF}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out [2]bytes.Buffer
			for i := range out {
				m, err := Train(context.Background(), sents, tt.cfg)
				if err != nil {
					t.Fatal(err)
				}
				if f := m.Evaluate(sents, nil, nil).Total.F1(); f < 0.95 {
					t.Errorf("F1 on the training data %.3f, want ≥ 0.95", f)
				}
				if _, err := m.WriteTo(&out[i]); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
				t.Error("two trainings with the same seed wrote different models")
			}
		})
	}
	for _, bad := range []TrainConfig{
		{Lang: "tr", Learner: 2},
		{Lang: "tr", Learner: CRF, L2: -1},
		{Lang: "tr", Learner: CRF, Step: -0.1},
	} {
		if _, err := Train(context.Background(), sents, bad); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}
