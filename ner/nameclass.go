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
	// are kept (0: 50,000, 0.8 MB in a model).
	MaxGrams int
	// MinWords drops n-grams seen in fewer distinct words (0: 3).
	MinWords int
}

// NameClassifier is a trained name-type prior, for TrainConfig.
type NameClassifier struct {
	grams map[uint64]uint32 // n-gram hash (or nameBiasKey) → one int8 weight per class
	// heldOut holds, for each word of the lists (by the hash of its folded
	// form), the verdict (nameVerdict) of a classifier trained without
	// the fifth of the words it is in. Training the tagger uses these
	// for the lists' words: the full classifier knows them by heart, and
	// a tagger trained on its verdicts there would trust it as much on
	// the unseen names it is for, where it errs more.
	heldOut map[uint64]uint8
}

// nameFolds is the number of parts the lists' words are cut into for the
// held-out verdicts.
const nameFolds = 5

// Len returns the number of n-grams the classifier keeps.
func (c *NameClassifier) Len() int { return len(c.grams) }

// nameExample is a word of a class, as the indices of its kept n-grams
// (the bias first).
type nameExample struct {
	word  string
	grams []int32
	class int
}

// TrainNameClassifier trains a multinomial logistic regression over the
// words' n-grams (plus a bias), each class's words weighted by the
// inverse of its list's size, so that the lists' sizes (hundreds of
// thousands of places, thousands of organizations) say nothing about a
// word in text; then, for the held-out verdicts, the same on four fifths
// of the words, five times. Training is deterministic: fixed shuffles,
// fixed epochs. The weights are stored as one int8 per class
// (nameGramScale steps per unit), so an n-gram the table leaves out weighs
// nothing.
func TrainNameClassifier(cfg NameClassifierConfig) *NameClassifier {
	maxGrams, minWords := cfg.MaxGrams, cfg.MinWords
	if maxGrams <= 0 {
		maxGrams = 50_000
	}
	if minWords <= 0 {
		minWords = 3
	}
	// Count each n-gram's words, then index the n-grams kept. The words
	// of organizations' names that are people's or places' words are left
	// to those classes: organizations are named after both (Ankara
	// Üniversitesi), and the organizations' class, the smallest and so
	// the most weighted, would take them over.
	seen := make([]map[string]bool, numNameClasses)
	df := map[uint64]int{}
	for _, c := range []NameClass{NamePerson, NamePlace, NameCommon, NameOrg} {
		seen[c] = map[string]bool{}
		for _, w := range cfg.Words[c] {
			if seen[c][w] || !lang.IsLetters(w) || utf8.RuneCountInString(w) < 2 {
				continue
			}
			if c == NameOrg && (seen[NamePerson][w] || seen[NamePlace][w]) {
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
	var examples []nameExample
	for c, words := range cfg.Words {
		for _, w := range words {
			if !seen[c][w] {
				continue
			}
			delete(seen[c], w) // once per class, in the lists' order
			e := nameExample{word: w, grams: []int32{0}, class: c}
			eachNameGram(w, func(h uint64) {
				if i, ok := index[h]; ok {
					e.grams = append(e.grams, i)
				}
			})
			examples = append(examples, e)
		}
	}
	// In one order whatever the lists' (a JSON file's words come in map
	// order): the shuffles then give the same weights.
	slices.SortFunc(examples, func(a, b nameExample) int {
		if c := cmp.Compare(a.class, b.class); c != 0 {
			return c
		}
		return cmp.Compare(a.word, b.word)
	})
	out := &NameClassifier{grams: trainNameWeights(examples, keys), heldOut: map[uint64]uint8{}}
	fold := func(w string) int { return int(mix64(hashString(w)) % nameFolds) }
	for k := range nameFolds {
		var rest []nameExample
		for _, e := range examples {
			if fold(e.word) != k {
				rest = append(rest, e)
			}
		}
		t := freeze(trainNameWeights(rest, keys))
		for _, e := range examples {
			if fold(e.word) == k {
				out.heldOut[hashString(e.word)] = nameVerdict(&t, e.word)
			}
		}
	}
	return out
}

// trainNameWeights trains the classifier on examples (whose n-grams index
// keys) and returns its quantized weights by key, the all-zero ones left
// out. It shuffles a copy of examples.
func trainNameWeights(examples []nameExample, keys []uint64) map[uint64]uint32 {
	examples = slices.Clone(examples)
	var counts [numNameClasses]int
	for _, e := range examples {
		counts[e.class]++
	}
	var classWeight [numNameClasses]float64
	for c, n := range counts {
		if n > 0 {
			classWeight[c] = float64(len(examples)) / float64(numNameClasses*n)
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
	out := make(map[uint64]uint32, len(keys))
	for i, k := range keys {
		var v uint32
		for c, x := range w[i] {
			q := int8(max(-127, min(127, math.Round(x*nameGramScale))))
			v |= uint32(uint8(q)) << (8 * c)
		}
		if v != 0 {
			out[k] = v
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

// nameClass returns the prior's verdict (nameVerdict) on the folded word
// w, whose hash is h: while training, the held-out verdict for a word of
// the lists.
func (fs *featureSet) nameClass(w string, h uint64) uint8 {
	if fs.ncls.len() == 0 {
		return 0
	}
	if v, ok := fs.nclsHeldOut[h]; ok {
		return v
	}
	return nameVerdict(&fs.ncls, w)
}

// nameVerdict returns the verdict of the classifier t on the folded word
// w, packed for tokenAttrs.ncls: 1<<7 (present), the best class in bits
// 0-1, the runner-up in bits 2-3, the confidence bin in bits 4-5; 0 when
// w is not letters.
func nameVerdict(t *frozenTable[uint32], w string) uint8 {
	if !lang.IsLetters(w) || utf8.RuneCountInString(w) < 2 {
		return 0
	}
	var score [numNameClasses]int
	add := func(h uint64) {
		if v, ok := t.get(h); ok {
			for c := range score {
				score[c] += int(int8(uint8(v >> (8 * c))))
			}
		}
	}
	add(nameBiasKey)
	eachNameGram(w, add)
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
