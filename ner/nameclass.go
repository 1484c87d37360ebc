package ner

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// A name-type prior: a character n-gram classifier, learned from name and
// dictionary lists when a model is trained, that says of a single word
// whether it reads like a person's name, a place's, an organization's or a
// common word ("Brightwick" like a company, "Kavanaugh" like a surname).
// The NER training data holds a few thousand names; the lists hold
// hundreds of thousands, so the prior reaches names the tagger never saw.
// The tagger gets, for a capitalized word, the prior's best class with a
// confidence bin (and the runner-up) as features and learns how far to
// trust them.

// NameClass is a class of the name-type prior.
type NameClass uint8

// Name classes.
const (
	NamePerson NameClass = iota
	NamePlace
	NameOrg
	NameCommon
)

// numNameClasses is the number of name classes.
const numNameClasses = 4

// Bounds of the classifier's n-grams, in runes with the word-boundary
// marks counted (so "^ab" is a 3-gram of a word starting with ab).
const (
	minNameGram = 2
	maxNameGram = 5
)

// nameGramScale is the number of steps per unit of a stored weight (one
// int8 per class).
const nameGramScale = 32

// NameClassifierConfig says what TrainNameClassifier learns from.
type NameClassifierConfig struct {
	// Words holds the (folded) words of each class. A word may be in
	// several classes; duplicates within a class count once.
	Words [numNameClasses][]string
	// MaxGrams bounds the table: the n-grams seen in most distinct words
	// are kept (0: 200,000).
	MaxGrams int
	// MinWords drops n-grams seen in fewer distinct words (0: 3).
	MinWords int
}

// NameClassifier is a trained name-type prior, for TrainConfig.
type NameClassifier struct {
	grams map[uint64]uint32 // n-gram hash (or nameBiasKey) → one int8 weight per class
}

// Len returns the number of n-grams the classifier keeps.
func (c *NameClassifier) Len() int { return len(c.grams) }

// TrainNameClassifier trains a multinomial logistic regression over the
// words' n-grams (plus a bias), each class's words weighted by the
// inverse of its list's size, so that the lists' sizes (hundreds of
// thousands of places, thousands of organizations) say nothing about a
// word in text. Training is deterministic: a fixed shuffle, fixed
// epochs. The weights are stored as one int8 per class (nameGramScale
// steps per unit), so an n-gram the table leaves out weighs nothing.
func TrainNameClassifier(cfg NameClassifierConfig) *NameClassifier {
	maxGrams, minWords := cfg.MaxGrams, cfg.MinWords
	if maxGrams <= 0 {
		maxGrams = 200_000
	}
	if minWords <= 0 {
		minWords = 3
	}
	type example struct {
		grams []int32
		class int
	}
	// Count each n-gram's words, then index the n-grams kept.
	seen := make([]map[string]bool, numNameClasses)
	df := map[uint64]int{}
	for c, words := range cfg.Words {
		seen[c] = map[string]bool{}
		for _, w := range words {
			if seen[c][w] || !lang.IsLetters(w) || utf8.RuneCountInString(w) < 2 {
				continue
			}
			seen[c][w] = true
			eachNameGram(w, func(h uint64) { df[h]++ })
		}
	}
	type gram struct {
		key   uint64
		words int
	}
	var kept []gram
	for k, n := range df {
		if n >= minWords {
			kept = append(kept, gram{k, n})
		}
	}
	slices.SortFunc(kept, func(a, b gram) int {
		if c := cmp.Compare(b.words, a.words); c != 0 {
			return c
		}
		return cmp.Compare(a.key, b.key)
	})
	kept = kept[:min(len(kept), maxGrams)]
	index := make(map[uint64]int32, len(kept)+1)
	keys := make([]uint64, 0, len(kept)+1)
	for _, g := range append([]gram{{key: nameBiasKey}}, kept...) {
		index[g.key] = int32(len(keys))
		keys = append(keys, g.key)
	}
	var examples []example
	var classWeight [numNameClasses]float64
	for c, words := range cfg.Words {
		n := 0
		for _, w := range words {
			if !seen[c][w] {
				continue
			}
			delete(seen[c], w) // once per class, in the lists' order
			n++
			e := example{grams: []int32{0}, class: c}
			eachNameGram(w, func(h uint64) {
				if i, ok := index[h]; ok {
					e.grams = append(e.grams, i)
				}
			})
			examples = append(examples, e)
		}
		if n > 0 {
			classWeight[c] = 1e5 / float64(numNameClasses*n)
		}
	}
	total := 0.0
	for _, e := range examples {
		total += classWeight[e.class]
	}
	if total > 0 {
		for c := range classWeight {
			classWeight[c] *= float64(len(examples)) / total // mean weight 1
		}
	}
	w := make([][numNameClasses]float64, len(keys))
	rng := rand.New(rand.NewPCG(1, 2))
	const epochs, rate, l2 = 4, 0.05, 1e-6
	for epoch := range epochs {
		rng.Shuffle(len(examples), func(i, j int) { examples[i], examples[j] = examples[j], examples[i] })
		lr := rate / float64(1+epoch)
		for _, e := range examples {
			var z [numNameClasses]float64
			for _, g := range e.grams {
				for c := range z {
					z[c] += w[g][c]
				}
			}
			p := softmax(z)
			for c := range p {
				grad := p[c]
				if c == e.class {
					grad--
				}
				grad *= lr * classWeight[e.class]
				for _, g := range e.grams {
					w[g][c] -= grad + lr*l2*w[g][c]
				}
			}
		}
	}
	out := &NameClassifier{grams: make(map[uint64]uint32, len(keys))}
	for i, k := range keys {
		var v uint32
		for c, x := range w[i] {
			q := int8(max(-127, min(127, math.Round(x*nameGramScale))))
			v |= uint32(uint8(q)) << (8 * c)
		}
		if v != 0 {
			out.grams[k] = v
		}
	}
	return out
}

// nameBiasKey is the key of the classifier's bias, which every word has.
const nameBiasKey = 0x6e616d6562696173

// softmax returns the probabilities of the scores z.
func softmax(z [numNameClasses]float64) [numNameClasses]float64 {
	top := max(z[0], z[1], z[2], z[3])
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - top)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}

// eachNameGram calls fn with the hash of every n-gram of the folded word
// w, marked at the word's start and end, of minNameGram to maxNameGram
// runes counting the marks. It does not allocate.
func eachNameGram(w string, fn func(uint64)) {
	var at [65]int // rune starts, then the end: a word longer than 64 runes is read as its first 64
	n, i := 0, 0
	for ; i < len(w) && n < len(at)-1; n++ {
		at[n] = i
		_, size := lang.DecodeRune(w[i:])
		i += size
	}
	at[n] = i
	// A gram of runes [i, j) is marked at the start when i == 0 and at the
	// end when j == n.
	for i := 0; i < n; i++ {
		for j := i + 1; j <= n; j++ {
			begin, end := i == 0, j == n
			size := j - i
			if begin {
				size++
			}
			if end {
				size++
			}
			if size > maxNameGram {
				break
			}
			if size < minNameGram {
				continue
			}
			h := hashString(w[at[i]:at[j]])
			if begin {
				h = mix64(h + 0x5bd1e995)
			}
			if end {
				h = mix64(h + 0x27d4eb2f)
			}
			fn(h)
		}
	}
}

// Confidence bins of the prior's margin (best minus runner-up score).
var nameMarginBins = [...]float64{1, 2.5, 5}

// nameClass returns the prior's verdict on the folded word w, packed for
// tokenAttrs.ncls: 1<<7 (present), the best class in bits 0-1, the
// runner-up in bits 2-3, the confidence bin in bits 4-5; 0 when the model
// has no classifier or w is not letters.
func (fs *featureSet) nameClass(w string) uint8 {
	if fs.ncls.len() == 0 || !lang.IsLetters(w) || utf8.RuneCountInString(w) < 2 {
		return 0
	}
	var score [numNameClasses]int
	if v, ok := fs.ncls.get(nameBiasKey); ok {
		for c := range score {
			score[c] += int(int8(uint8(v >> (8 * c))))
		}
	}
	eachNameGram(w, func(h uint64) {
		if v, ok := fs.ncls.get(h); ok {
			for c := range score {
				score[c] += int(int8(uint8(v >> (8 * c))))
			}
		}
	})
	best, second := 0, 1
	if score[second] > score[best] {
		best, second = second, best
	}
	for c := 2; c < numNameClasses; c++ {
		switch {
		case score[c] > score[best]:
			best, second = c, best
		case score[c] > score[second]:
			second = c
		}
	}
	margin := float64(score[best]-score[second]) / nameGramScale
	bin := 0
	for bin < len(nameMarginBins) && margin >= nameMarginBins[bin] {
		bin++
	}
	return 1<<7 | uint8(best) | uint8(second)<<2 | uint8(bin)<<4
}
