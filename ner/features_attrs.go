package ner

import (
	"unicode/utf8"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// featureSet says which optional inputs a model's features draw on. It is
// stored in the model so that tagging computes exactly the features
// training did; an input missing at tag time (nil gazetteer, nil
// language) simply contributes no features.
type featureSet struct {
	morph bool                // stem and case from lang.Morphology
	gaz   bool                // gazetteer membership and type
	verb  bool                // the sentence's verb (clauseVerbAttrs)
	lower bool                // whether the sentence is in lower case (lowerCaseSentence)
	lex   lexTable            // word knowledge (Lexicon); empty when not trained with one
	clu   frozenTable[uint32] // word clusters induced at training (clusterMap); empty when none
}

// computeAttrs fills attrs (len(toks) long) for one sentence and returns
// the gazetteer's matches (nil when g is nil).
func (fs *featureSet) computeAttrs(toks []lang.Token, l lang.Language, g *gazetteer.Gazetteer, attrs []tokenAttrs) []gazetteer.Match {
	var matches []gazetteer.Match
	if g != nil {
		matches = g.Match(toks, l)
	}
	fs.fillAttrs(toks, l, matches, attrs)
	return matches
}

// fillAttrs fills attrs (len(toks) long) for one sentence given the
// gazetteer's matches over it.
func (fs *featureSet) fillAttrs(toks []lang.Token, l lang.Language, matches []gazetteer.Match, attrs []tokenAttrs) {
	fs.fillAttrsCached(toks, l, matches, attrs, nil, nil)
}

// fillAttrsCached is fillAttrs taking each word's own attributes from
// words when it has them (words may be nil), and recording in ents (as
// long as toks; nil only when words is) each token's cache entry, nil for
// a word not kept or evicted by a later word of the sentence.
func (fs *featureSet) fillAttrsCached(toks []lang.Token, l lang.Language, matches []gazetteer.Match, attrs []tokenAttrs, words *wordCache, ents []*wordEntry) {
	cues, _ := l.(lang.NameCues)
	lower := fs.lower && lowerCaseSentence(toks)
	var lexical []int32 // the tokens whose lexicon and cluster are looked up (lexicalAttrs)
	if words != nil {
		words.use(l)
		lexical = words.lexical[:0]
	}
	words.look(toks)
	for i := range toks {
		t := &toks[i]
		a := &attrs[i]
		e := words.entry(i, t)
		if e != nil && e.flags&entrySummed != 0 {
			e.restore(a) // the word part, which the entry does not hold, is summed
		} else {
			*a = tokenAttrs{}
			if fs.wordAttrs(t, l, cues, a) {
				lexical = append(lexical, int32(i))
			}
			if e == nil {
				// The word may take the slot of an earlier token's word.
				if e = words.keep(i, t, a); e != nil && ents != nil {
					forget(ents[:i], e)
				}
			}
		}
		if ents != nil {
			ents[i] = e
		}
		a.first = i == 0
		a.lowerSentence = lower
		a.nextSuffix = i+1 < len(toks) && toks[i+1].Kind == lang.Suffix
	}
	fs.lexicalAttrs(attrs, lexical, words, ents)
	if fs.verb {
		clauseVerbAttrs(toks, attrs)
	}
	runAttrs(toks, attrs)
	if fs.gaz {
		gazAttrs(matches, attrs)
	}
}

// wordAttrs fills the attributes of a that depend on token t alone:
// shape, class, folded form, affixes, cue and morphology, but the
// lexicon's and the cluster's (wordCache keeps them all per word). It
// reports whether t is a word or an abbreviation, whose lexicon and
// cluster lexicalAttrs then looks up.
func (fs *featureSet) wordAttrs(t *lang.Token, l lang.Language, cues lang.NameCues, a *tokenAttrs) bool {
	norm := lang.FoldToken(t, l)
	a.shape, a.cls = shapeOf(t.Text, t.Kind)
	switch t.Kind {
	case lang.Number, lang.Date, lang.Time, lang.Percent, lang.Ordinal:
		// Numbers are told apart by shape, not value.
		a.norm = feat(tNorm, a.shape)
	default:
		if t.Kind != lang.Punct {
			a.norm = affixes(norm, a)
		} else {
			a.norm = hashString(norm)
		}
	}
	a.normMix = mixFirst(a.norm)
	if t.Kind == lang.Word || t.Kind == lang.Abbreviation {
		if cues != nil {
			a.trig = cues.Cue(norm)
			a.titleInName = a.trig == lang.PersonTitle && cues.TitleInName(norm)
		}
		if fs.morph && l != nil && lang.IsLetters(norm) {
			if an := l.Analyze(norm); len(an) > 0 {
				a.stem = hashString(an[0].Stem)
				a.mcase = hashString(an[0].Case)
			}
		}
		return true
	}
	return false
}

// lexicalAttrs sets the lexicon's and the cluster's attributes (lex,
// clu) of the tokens lexical (their indexes in attrs), words and
// abbreviations whose attributes fillAttrsCached computed afresh
// (wordAttrs), and of their entries in ents (which may be nil), whose
// wordOwn keep stored without them.
//
// A word the tagger has not seen (new text) costs up to two cache misses
// in each table (the index, then the entries: the Turkish lexicon's are
// 1 MB and 4.5 MB, its cluster map's 32 KB and 0.5 MB). Asked for in
// wordAttrs, between each word's folding and morphology, they stalled it
// word by word; asked for here, in loops of their own, their misses
// overlap, and with a cache (words: tagging) a first loop reads each
// word's first entries ahead. On 1.5 MB of Turkish news as new text (a
// fresh model for each pass, the two ways alternated every 16 sentences
// in one process, thread CPU time, medians of 16 paired passes, two
// runs) tagging took 3.5-3.6% less time, 2.3-2.6% without the reads
// ahead.
func (fs *featureSet) lexicalAttrs(attrs []tokenAttrs, lexical []int32, words *wordCache, ents []*wordEntry) {
	if words != nil {
		var read uint64
		for _, i := range lexical {
			read += fs.lex.first(attrs[i].norm) + fs.clu.first(attrs[i].norm)
		}
		words.readSum += read
		words.lexical = lexical // its room, for the next sentence
	}
	for _, i := range lexical {
		// a.norm, the hash of the folded word, is also the key of both tables.
		a := &attrs[i]
		a.lex, _ = fs.lex.get(a.norm)
		a.clu, _ = fs.clu.get(a.norm)
		if ents != nil && ents[i] != nil {
			ents[i].own.lex, ents[i].own.clu = a.lex, a.clu
		}
	}
}

// lowerCaseSentence reports whether toks are a sentence written all in
// lower case, as web text often is ("where can I get morcillas in tampa
// bay"): three words or more and none with a capital and another letter
// (the pronoun I is one letter; so is the article A, and "A man was
// killed" reads as lower case too: it has no name to miss). There a word's lower case says little,
// and the tagger keeps the weights of its class, capitalization prior,
// lexicon classes and clusters for such sentences apart from those of
// edited text. A sentence with a capitalized word is edited text here:
// recognize's truecasing (truecase_lower.go) writes the names it is sure
// of in Title case before the tagger reads a sentence, and what it leaves
// in lower case is this feature's to find (read with recognize's looser
// lowerSentence, a quarter of the words capitalized, it cost the pipeline
// on Universal NER EWT dev's lower-case sentences: ner/models/README.md).
func lowerCaseSentence(toks []lang.Token) bool {
	words := 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		if r, n := utf8.DecodeRuneInString(t.Text); lang.IsUpper(r) && n < len(t.Text) {
			return false
		}
		words++
	}
	return words >= 3
}

// clauseVerbAttrs gives each capitalized token, three or more tokens before
// the sentence's last lower-case word, that word's folded form. Turkish is
// verb-final, so the word is mostly the main verb, and it tells who or
// what the names before it are when the window around them does not:
// "Kutan, bunu sistemin doğal bir gereği sayıyor" (Kutan considers: a
// person, though Kutan is also a village), "... Çiller'e yazdığı mektup".
func clauseVerbAttrs(toks []lang.Token, attrs []tokenAttrs) {
	last := len(toks) - 1
	for last >= 0 && (attrs[last].cls != clsLower || toks[last].Kind != lang.Word) {
		last--
	}
	for i := 0; i < last-2; i++ {
		if isCapitalized(attrs[i].cls) {
			attrs[i].verb = attrs[last].norm
		}
	}
}

// gazAttrs records gazetteer matches on the tokens they cover: position in
// the match (B or I) with the best candidate's type, with its subtype, and
// with the type of the first candidate of another type.
func gazAttrs(matches []gazetteer.Match, attrs []tokenAttrs) {
	for _, m := range matches {
		if len(m.Candidates) == 0 {
			continue
		}
		best := m.Candidates[0]
		other := ""
		for _, c := range m.Candidates[1:] {
			if c.Type != best.Type {
				other = c.Type
				break
			}
		}
		for j := max(m.First, 0); j < m.Last && j < len(attrs); j++ {
			a := &attrs[j]
			if a.gaz[0] != 0 {
				continue // an earlier (longer or better) match holds the token
			}
			pos := uint64('I')
			if j == m.First {
				pos = 'B'
			}
			a.gaz[0] = mix64(hashString(best.Type) ^ pos)
			a.gaz[1] = mix64(hashString(best.Subtype)^a.gaz[0]) | 1
			if other != "" {
				a.gaz[2] = mix64(hashString(other)^pos) + 7
			}
		}
	}
}
