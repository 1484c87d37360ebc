package ner

import (
	"unicode/utf8"

	"github.com/varlik/varlik/internal/fnv1a"
	"github.com/varlik/varlik/lang"
)

// FeatureVersion identifies the feature templates below. A model records
// the version it was trained with and LoadModel refuses any other, since
// changed templates silently give different hashes.
const FeatureVersion = 2

// Coarse shape classes of a token.
const (
	clsBoundary   uint8 = iota // before the first or after the last token
	clsInitCap                 // Ankara
	clsAllCaps                 // NATO, AB
	clsOneCap                  // A
	clsLower                   // ankara, iPhone
	clsDigit                   // 1990, 3,5
	clsAlnum                   // F16, 3G
	clsPunct                   // , . ( "
	clsSuffix                  // 'nın, ’da
	clsInitCapDot              // Dr. Prof. A.Ş.
)

// tokenAttrs are the per-token values the feature templates combine: each
// is a hash (0 when absent) or a small class, computed once per token.
type tokenAttrs struct {
	norm, shape uint64
	normMix     uint64    // mixFirst(norm), the first half of the keys of word pairs that start with the token
	pre         [3]uint64 // the first 2, 3 and 4 runes of the folded form
	suf         [4]uint64 // the last 1..4 runes of the folded form
	stem, mcase uint64    // morphology: stem and case of the first analysis
	gaz         [3]uint64 // gazetteer: B/I+type, B/I+type+subtype, B/I+other type
	cls         uint8
	trig        lang.Cue // the cue class of the word (lang.NameCues)
	titleInName bool     // an honorific that stays in the name before it (lang.NameCues.TitleInName)
	lex         uint16   // Lexicon value of the folded form
	clu         uint32   // word clusters of the folded form (clusterMap)
	run         uint64   // capitalized run: position, length, suffix after (0 outside runs)
	runHead     uint64   // mixFirst of the folded-form hash of the run's last token
	first       bool     // first token of the sentence
	// lowerSentence: the sentence is in lower case (lowerCaseSentence; only
	// for a model trained with featureSet.lower).
	lowerSentence bool
	nextSuffix    bool   // the next token is an apostrophe suffix
	verb          uint64 // folded-form hash of the sentence's verb (clauseVerbAttrs), capitalized tokens only
}

var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
	// boundary attributes stand in for tokens before the first and after
	// the last one.
	bosAttrs = tokenAttrs{norm: hashBOS, normMix: mixFirst(hashBOS), shape: hashBOS, cls: clsBoundary}
	eosAttrs = tokenAttrs{norm: hashEOS, normMix: mixFirst(hashEOS), shape: hashEOS, cls: clsBoundary}
)

// shapeOf returns the fine shape hash of s (runes mapped to X, x, d or
// themselves for ASCII punctuation, runs collapsed, at most 8 classes) and
// its coarse class. It does not allocate.
func shapeOf(s string, kind lang.Kind) (uint64, uint8) {
	h := fnv1a.Offset
	var last byte
	n := 0
	upper, lower, digit, other := 0, 0, 0, 0
	firstUpper := false
	for i := 0; i < len(s); {
		// Decoded in line, where range would call the runtime for every
		// Cyrillic letter of every word the tagger has not cached; ASCII
		// first, as range tests it.
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if c, ok := lang.TwoByteRuneAt(s, i); ok {
				r, size = c, 2
			} else {
				r, size = lang.DecodeRune(s[i:])
			}
		}
		var c byte
		switch {
		case lang.IsUpper(r): // from a table for Cyrillic, where package unicode searches
			c = 'X'
			upper++
			if i == 0 {
				firstUpper = true
			}
		case lang.IsLetter(r):
			c = 'x'
			lower++
		case lang.IsDigit(r):
			c = 'd'
			digit++
		case r < utf8.RuneSelf:
			c = byte(r)
			other++
		case r == '’' || r == '‘':
			c = '\''
			other++
		default:
			c = '*'
			other++
		}
		if c != last && n < 8 {
			h = fnv1a.AddByte(h, c)
			last = c
			n++
		}
		i += size
	}
	var cls uint8
	switch {
	case kind == lang.Suffix:
		cls = clsSuffix
	case upper+lower == 0 && digit > 0:
		cls = clsDigit
	case upper+lower == 0:
		cls = clsPunct
	case digit > 0:
		cls = clsAlnum
	case firstUpper && upper == 1 && lower == 0 && other == 0:
		cls = clsOneCap
	case firstUpper && other > 0 && s[len(s)-1] == '.':
		cls = clsInitCapDot
	case firstUpper && lower > 0:
		cls = clsInitCap
	case firstUpper:
		cls = clsAllCaps
	default:
		cls = clsLower
	}
	return h, cls
}

// affixes fills the prefix (2..4 runes) and suffix (1..4 runes) hashes of
// a folded word, rune-safe; an affix as long as the word itself is left 0
// (the word feature already covers it). It returns the word's hash,
// hashString(norm), made on the way: FNV-1a reads a string from its
// start, so a prefix's hash is the state the word's hash passes through
// at the prefix's end (each prefix and the word were hashed apart, a new
// word's first bytes four times).
func affixes(norm string, a *tokenAttrs) uint64 {
	a.pre = [3]uint64{}
	a.suf = [4]uint64{}
	h := fnv1a.Offset // the hash of norm[:i]
	runes, i := 0, 0
	for i < len(norm) {
		// norm[:i] holds the first runes runes.
		if runes >= 2 {
			a.pre[runes-2] = h
		}
		if runes++; runes > 4 {
			break
		}
		// Stepped over in line, where range would call the runtime for
		// every Cyrillic letter.
		if norm[i] < utf8.RuneSelf {
			h = fnv1a.AddByte(h, norm[i])
			i++
		} else if _, ok := lang.TwoByteRuneAt(norm, i); ok {
			h = fnv1a.AddByte(fnv1a.AddByte(h, norm[i]), norm[i+1])
			i += 2
		} else {
			_, size := lang.DecodeRune(norm[i:])
			h = fnv1a.AddString(h, norm[i:i+size])
			i += size
		}
	}
	h = fnv1a.AddString(h, norm[i:])
	j := len(norm)
	for k := 0; k < 4 && j > 0; k++ {
		_, size := lang.DecodeLastRune(norm[:j])
		j -= size
		if j == 0 {
			break
		}
		a.suf[k] = hashString(norm[j:])
	}
	return h
}

// isCapitalized reports whether a coarse class is a capitalized word.
func isCapitalized(cls uint8) bool {
	return cls == clsInitCap || cls == clsAllCaps || cls == clsOneCap || cls == clsInitCapDot
}

// runAttrs describes the maximal runs of capitalized tokens, which are
// where multi-word names are: each token learns its position in the run
// (single, first, inner, last), the run's length (up to 4), whether an
// apostrophe suffix follows the run, and the run's last word, the head
// that often gives the type away (... Ajansı, ... Partisi, ... Nehri).
func runAttrs(toks []lang.Token, attrs []tokenAttrs) {
	for i := 0; i < len(attrs); {
		if !isCapitalized(attrs[i].cls) {
			i++
			continue
		}
		j := i + 1
		for j < len(attrs) && isCapitalized(attrs[j].cls) {
			j++
		}
		n := uint64(min(j-i, 4))
		var suffix uint64
		if j < len(toks) && toks[j].Kind == lang.Suffix {
			suffix = 1
		}
		for k := i; k < j; k++ {
			pos := uint64(2) // inner
			switch {
			case j-i == 1:
				pos = 1
			case k == i:
				pos = 3
			case k == j-1:
				pos = 4
			}
			attrs[k].run = pos | n<<4 | suffix<<8
			attrs[k].runHead = attrs[j-1].normMix
		}
		i = j
	}
}

// Feature templates. Their numbers are part of the model format
// (FeatureVersion).
const (
	tBias uint64 = iota + 1
	tNorm
	tShape
	tClsCtx
	tNormM1
	tNormP1
	tNormM2
	tNormP2
	tClsTri
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre2
	tPre3
	tPre4
	tApos
	tStem
	tCase
	tGaz
	tGazCls
	tGazM1
	tGazP1
	tTrig // + offset, 6 templates
	_
	_
	_
	_
	_
	tCapPrior
	tBigramL
	tBigramR
	tShapeM1
	tShapeP1
	tLexClass
	tLexM1
	tLexP1
	tRun
	tRunHead
	tClu
	tCluCtx
	tCluCoarse
	tCluM1
	tCluP1
	tCluTri
	tVerb
	tVerbNext
)

// maxFeatures sizes the per-token feature buffer: most tokens have fewer
// features, and the buffer grows for one that has more.
const maxFeatures = 40

// Feature parts: the features of a token that depend on the word alone
// (its folded form, shape, class, affixes, morphology and cluster), the
// folded forms of the two words on either side and the shapes of the
// words next to it (each depends on that word alone), those of the word and the two context bits (ctx: first in
// the sentence, an apostrophe suffix next), those of its context that a
// model mostly lacks (sparsePart: the pairs of its folded form with the
// last and the next, of the sentence's verb with the next, of a run's
// head with the token's place in it, and the coarse clusters of the three
// tokens), and the rest of its place in the sentence. Tagging sums a
// word's own part once and keeps it, its part with context bits for the
// usual case of neither bit, and each word's rows as a neighbour
// (wordCache), and looks up only the sparse keys that the model may hold
// (keyFilter); training takes all parts, in one order.
const (
	wordPart = 1 << iota
	neighbourPart
	ownContextPart
	sparsePart
	contextPart
	allParts = wordPart | neighbourPart | ownContextPart | sparsePart | contextPart
)

// tokenFeatures appends the feature hashes of token i to buf; attrs holds
// the sentence's attributes.
func tokenFeatures(attrs []tokenAttrs, i int, buf []uint64) []uint64 {
	return appendFeatures(attrs, i, buf, allParts)
}

// around returns the attributes of the two tokens before token i and the
// two after it, the sentence's boundary markers (bosAttrs, eosAttrs) where
// there are none.
func around(attrs []tokenAttrs, i int) (m2, m1, p1, p2 *tokenAttrs) {
	m1, m2, p1, p2 = &bosAttrs, &bosAttrs, &eosAttrs, &eosAttrs
	if i > 0 {
		m1 = &attrs[i-1]
		if i > 1 {
			m2 = &attrs[i-2]
		}
	}
	if i+1 < len(attrs) {
		p1 = &attrs[i+1]
		if i+2 < len(attrs) {
			p2 = &attrs[i+2]
		}
	}
	return m2, m1, p1, p2
}

// appendFeatures appends the feature hashes of token i in the given parts
// to buf, always in the same order: training sums float weights, whose
// total depends on it.
func appendFeatures(attrs []tokenAttrs, i int, buf []uint64, parts int) []uint64 {
	word, neighbours, context := parts&wordPart != 0, parts&neighbourPart != 0, parts&contextPart != 0
	own, sparse := parts&ownContextPart != 0, parts&sparsePart != 0
	a := &attrs[i]
	m2, m1, p1, p2 := around(attrs, i)
	cls, ctx := uint64(a.cls), contextBits(a)
	var lower uint64
	if a.lowerSentence {
		lower = 1
	}
	if word {
		buf = append(buf, feat(tBias, 0), feat(tNorm, a.norm), feat(tShape, a.shape))
	}
	if own {
		buf = append(buf, feat(tClsCtx, ctx))
	}
	if neighbours {
		buf = append(buf,
			feat(tNormM1, m1.norm),
			feat(tNormP1, p1.norm),
			feat(tNormM2, m2.norm),
			feat(tNormP2, p2.norm))
	}
	if context {
		buf = append(buf, feat(tClsTri, uint64(m1.cls)|uint64(a.cls)<<8|uint64(p1.cls)<<16|lower<<24))
	}
	if sparse {
		buf = append(buf, featMixed(tBigramL, m1.normMix, a.norm), featMixed(tBigramR, a.normMix, p1.norm))
	}
	if neighbours {
		buf = append(buf, feat(tShapeM1, m1.shape), feat(tShapeP1, p1.shape))
	}
	if own {
		buf = append(buf, feat(tCapPrior, uint64(a.lex&capMask)|ctx<<8))
		for c := uint16(PersonName); c <= uint16(Abbreviation); c <<= 1 {
			if a.lex&c != 0 {
				buf = append(buf, feat(tLexClass, uint64(c)|ctx<<16))
			}
		}
	}
	if context {
		if l := m1.lex &^ capMask; l != 0 {
			buf = append(buf, feat(tLexM1, uint64(l)|cls<<16))
		}
		if l := p1.lex &^ capMask; l != 0 {
			buf = append(buf, feat(tLexP1, uint64(l)|cls<<16))
		}
	}
	if word {
		for k, h := range a.suf {
			if h != 0 {
				buf = append(buf, feat(tSuf1+uint64(k), h))
			}
		}
		for k, h := range a.pre {
			if h != 0 {
				buf = append(buf, feat(tPre2+uint64(k), h))
			}
		}
	}
	if context && a.nextSuffix {
		buf = append(buf, featMixed(tApos, p1.normMix, cls))
	}
	if a.verb != 0 {
		if context {
			buf = append(buf, feat(tVerb, a.verb))
		}
		if sparse {
			buf = append(buf, feat2(tVerbNext, a.verb, p1.norm))
		}
	}
	if word && a.stem != 0 {
		buf = append(buf, feat(tStem, a.stem), feat2(tCase, a.mcase, cls))
	}
	if !context && !own && !sparse { // the cluster feature comes last: the word part ends here
		if word && a.clu != 0 {
			buf = append(buf, feat(tClu, uint64(a.clu&0xffff)))
		}
		return buf
	}
	if context && a.gaz[0]|a.gaz[1]|a.gaz[2]|m1.gaz[0]|p1.gaz[0] != 0 { // most tokens have none: no call
		buf = appendGaz(buf, a, m1, p1, ctx)
	}
	if a.run != 0 {
		if context {
			buf = append(buf, feat(tRun, a.run|ctx<<16))
		}
		if sparse {
			buf = append(buf, featMixed(tRunHead, a.runHead, a.run&15))
		}
	}
	// Word clusters let a word share weights with the words seen in the
	// same contexts (Ratinov & Roth 2009).
	if a.clu != 0 {
		if word {
			buf = append(buf, feat(tClu, uint64(a.clu&0xffff)))
		}
		if own {
			buf = append(buf, feat(tCluCtx, uint64(a.clu&0xffff)|ctx<<16), feat(tCluCoarse, uint64(a.clu>>16)|ctx<<16))
		}
	}
	if context {
		if m1.clu != 0 {
			buf = append(buf, feat(tCluM1, uint64(m1.clu&0xffff)|cls<<16))
		}
		if p1.clu != 0 {
			buf = append(buf, feat(tCluP1, uint64(p1.clu&0xffff)|cls<<16))
		}
	}
	if sparse && a.clu != 0 {
		buf = append(buf, feat(tCluTri, uint64(m1.clu>>16)|uint64(a.clu>>16)<<16|uint64(p1.clu>>16)<<32))
	}
	// The cues of the words from i-2 to i+3: the word's own cue is of its
	// own part, the others of the context part. Without the context part
	// only the word's own cue is read, and without either none: the loop
	// over six words ran for every call of the sparse and own parts too
	// (0.55% of Russian news's instructions). The six are written out
	// (the words beyond the sentence, bosAttrs and eosAttrs, have no cue):
	// as a loop, its bounds checks and counter cost as much as the tests.
	switch {
	case context:
		buf = appendCue(buf, m2.trig, 0, cls)
		buf = appendCue(buf, m1.trig, 1, cls)
		if own {
			buf = appendCue(buf, a.trig, 2, cls)
		}
		buf = appendCue(buf, p1.trig, 3, cls)
		buf = appendCue(buf, p2.trig, 4, cls)
		if i+3 < len(attrs) {
			buf = appendCue(buf, attrs[i+3].trig, 5, cls)
		}
	case own:
		buf = appendCue(buf, a.trig, 2, cls)
	}
	return buf
}

// appendCue appends to buf the feature of cue t at place k of the six
// words around a token of coarse class cls, unless t is NoCue.
func appendCue(buf []uint64, t lang.Cue, k, cls uint64) []uint64 {
	if t != lang.NoCue {
		buf = append(buf, feat(tTrig+k, uint64(t)|cls<<8))
	}
	return buf
}

// contextBits returns the coarse class of token a with its context bits:
// first in the sentence (bit 8), an apostrophe suffix next (9), in a
// sentence in lower case (10).
func contextBits(a *tokenAttrs) uint64 {
	ctx := uint64(a.cls)
	if a.first {
		ctx |= 1 << 8
	}
	if a.nextSuffix {
		ctx |= 1 << 9
	}
	if a.lowerSentence {
		ctx |= 1 << 10
	}
	return ctx
}

// appendGaz appends the gazetteer features of token a, between m1 and
// p1, to buf.
func appendGaz(buf []uint64, a, m1, p1 *tokenAttrs, ctx uint64) []uint64 {
	for k, g := range a.gaz {
		if g == 0 {
			continue
		}
		buf = append(buf, feat(tGaz, g))
		if k == 0 {
			buf = append(buf, feat2(tGazCls, g, ctx))
		}
	}
	if m1.gaz[0] != 0 {
		buf = append(buf, feat(tGazM1, m1.gaz[0]))
	}
	if p1.gaz[0] != 0 {
		buf = append(buf, feat(tGazP1, p1.gaz[0]))
	}
	return buf
}
