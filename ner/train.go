package ner

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TrainConfig configures Train.
type TrainConfig struct {
	Lang     string        // language code recorded in the model, e.g. "tr"
	Language lang.Language // folding and morphology; nil: tokens' Norm only
	// Morphology adds stem and case features from Language.Analyze.
	Morphology bool
	// ClauseVerb adds, for a capitalized word, the sentence's last
	// lower-case word, alone and with the next word: in a verb-final
	// language such as Turkish, the main verb.
	ClauseVerb bool
	// LowerSentences keeps apart the weights of a word's class, prior,
	// lexicon classes, clusters, gazetteer classes and capitalized runs
	// in a sentence written in lower case (lowerCaseSentence), where web
	// text writes names in lower case.
	LowerSentences bool
	// Gazetteer adds gazetteer membership features; pass the same
	// gazetteer to Tag. Nil: none.
	Gazetteer *gazetteer.Gazetteer
	// Lexicon adds capitalization-prior and word-class features; the
	// model keeps a copy.
	Lexicon *Lexicon
	// Clusters > 0 induces that many word clusters (and a coarser
	// clustering with a quarter as many) from the training sentences and
	// Unlabeled, and stores them in the model as features.
	Clusters  int
	Unlabeled [][]lang.Token
	Epochs    int   // passes over the data; 0 means 12
	Seed      int64 // shuffling seed; the same seed gives the same model
	// Runs > 1 trains that many models with seeds Seed, Seed+1, ...
	// and averages their weights: a cheap ensemble that evens out the
	// dependence on the order of the training data.
	Runs int
	// Learner is how the weights are fitted: the averaged perceptron
	// (the default) or a CRF.
	Learner Learner
	// L2 and Step are the CRF's: the penalty L2·‖w‖² on the weights
	// (0 means 1) and the initial step size (0 means 0.2); see crf.
	L2, Step float64
	// Prune, in [0, 1), drops the features whose weights are all smaller
	// than Prune times the model's largest weight. Most features are rare
	// words and word pairs with tiny weights: 0.025 halves the model (and
	// the memory the tagger touches per token) for about 0.2 F1 points.
	Prune float64
	// Dev, when not empty, calibrates span scores (else a sample of the
	// training data does).
	Dev []annotation.TaggedSentence
	// Provenance is stored in the model as it is (Model.Provenance): how
	// it was built, for whoever loads it later.
	Provenance string
	// Log, when not nil, receives one progress line per epoch.
	Log io.Writer
}

// Learner names a training algorithm.
type Learner int

const (
	// Perceptron is the averaged structured perceptron (Collins 2002):
	// fast, and the shipped models' learner.
	Perceptron Learner = iota
	// CRF is an L2-regularized linear-chain conditional random field
	// trained by stochastic gradient descent: the log-likelihood's
	// gradient over every label sequence rather than the perceptron's
	// update on the best one. Its weights go into the same model format.
	CRF
)

// learner is what Train needs of a learning algorithm.
type learner interface {
	// learn trains on one sentence and returns its mistagged tokens.
	learn(attrs []tokenAttrs, gold []int, b *tagBuffers) int
	// features returns the number of features that have weights.
	features() int
	// addAveraged adds share times the final weights to acc and tacc.
	addAveraged(acc map[uint64]*[numLabels]float64, tacc *[numCls][numLabels + 1][numLabels]float64, share float64)
}

// labelIndex maps an IOB2 tag to its label.
var labelIndex = func() map[string]int {
	m := map[string]int{}
	for i, n := range labelNames {
		m[n] = i
	}
	return m
}()

// encodeTags converts IOB2 tags to labels.
func encodeTags(tags []string, out []int) error {
	for i, t := range tags {
		y, ok := labelIndex[t]
		if !ok {
			return fmt.Errorf("ner: unknown tag %q (want O or B-/I- PERSON, LOCATION, ORGANIZATION)", t)
		}
		out[i] = y
	}
	return nil
}

// Train learns a model from tagged sentences with cfg.Learner. It honours
// ctx between sentences.
func Train(ctx context.Context, sentences []annotation.TaggedSentence, cfg TrainConfig) (*Model, error) {
	if len(sentences) == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	if cfg.Lang == "" {
		return nil, errors.New("ner: TrainConfig.Lang is empty: a model must know its language")
	}
	if cfg.Prune < 0 || cfg.Prune >= 1 {
		return nil, fmt.Errorf("ner: Prune %v is outside [0, 1)", cfg.Prune)
	}
	if cfg.Learner != Perceptron && cfg.Learner != CRF {
		return nil, fmt.Errorf("ner: unknown Learner %d", cfg.Learner)
	}
	if cfg.L2 < 0 || cfg.Step < 0 {
		return nil, fmt.Errorf("ner: negative L2 (%v) or Step (%v)", cfg.L2, cfg.Step)
	}
	epochs := cfg.Epochs
	if epochs <= 0 {
		epochs = 12
	}
	fs := featureSet{morph: cfg.Morphology && cfg.Language != nil, gaz: cfg.Gazetteer != nil, verb: cfg.ClauseVerb, lower: cfg.LowerSentences}
	if cfg.Lexicon != nil {
		fs.lex = newLexTable(cfg.Lexicon.m)
	}
	if cfg.Clusters > 0 {
		text := make([][]lang.Token, 0, len(sentences)+len(cfg.Unlabeled))
		for _, s := range sentences {
			text = append(text, s.Tokens)
		}
		text = append(text, cfg.Unlabeled...)
		k := min(cfg.Clusters, 1<<15) // cluster IDs are packed in 16 bits
		fs.clu = freeze(induceClusters(text, cfg.Language, k, max(k/4, 2), 15, 3))
	}
	// Attributes and gold labels do not change between epochs: compute
	// them once.
	attrs := make([][]tokenAttrs, len(sentences))
	gold := make([][]int, len(sentences))
	for i, s := range sentences {
		if len(s.Tags) != len(s.Tokens) {
			return nil, fmt.Errorf("ner: sentence %d has %d tokens and %d tags", i, len(s.Tokens), len(s.Tags))
		}
		gold[i] = make([]int, len(s.Tags))
		if err := encodeTags(s.Tags, gold[i]); err != nil {
			return nil, fmt.Errorf("sentence %d: %w", i, err)
		}
		attrs[i] = make([]tokenAttrs, len(s.Tokens))
		fs.computeAttrs(s.Tokens, cfg.Language, cfg.Gazetteer, attrs[i])
		if i%1000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	runs := max(cfg.Runs, 1)
	acc := map[uint64]*[numLabels]float64{}
	var tacc [numCls][numLabels + 1][numLabels]float64
	for run := range runs {
		var p learner = newPerceptron()
		if cfg.Learner == CRF {
			p = newCRF(len(sentences), cmp.Or(cfg.L2, 1), cmp.Or(cfg.Step, 0.2))
		}
		rng := rand.New(rand.NewPCG(uint64(cfg.Seed)+uint64(run), 0x5eed))
		order := make([]int, len(sentences))
		for i := range order {
			order[i] = i
		}
		var b tagBuffers
		for epoch := 1; epoch <= epochs; epoch++ {
			start := time.Now()
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, toks := 0, 0
			for k, i := range order {
				if k%256 == 0 && ctx.Err() != nil {
					return nil, ctx.Err()
				}
				errs += p.learn(attrs[i], gold[i], &b)
				toks += len(gold[i])
			}
			if cfg.Log != nil {
				fmt.Fprintf(cfg.Log, "run %d epoch %d: %d/%d tokens mistagged, %d features, %.1fs\n",
					run+1, epoch, errs, toks, p.features(), time.Since(start).Seconds())
			}
		}
		p.addAveraged(acc, &tacc, 1/float64(runs))
	}
	m, err := quantize(acc, &tacc, cfg.Lang, fs, cfg.Prune)
	if err != nil {
		return nil, err
	}
	m.provenance = cfg.Provenance
	calib := cfg.Dev
	if len(calib) == 0 {
		calib = sentences[:min(len(sentences), 2000)]
	}
	m.calibrate(calib, cfg.Language, cfg.Gazetteer)
	return m, nil
}
