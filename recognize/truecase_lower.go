package recognize

import (
	"slices"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// lowerNameShare is the least capitalized share (ner.Model.CapitalizedShare)
// of a word that truecaseLower writes in Title case: only the prior's top
// bucket, words capitalized at least 97% of the time (france, vietnam).
// With the next bucket down (0.885: beach, garden, us) the Title-cased
// common words turn names: Universal NER English EWT dev, whole pipeline,
// 0.7523 at 0.6 against 0.7539 here (with splitPlaceRegion).
const lowerNameShare = 0.9

// lowerNamedShare is the least capitalized share of a word the model's
// lexicon lists as a place's or a person's name that truecaseLower writes
// in Title case: the prior's second bucket (0.885), where Turkish's prior,
// counted from a word list of mixed sources, puts its cities (istanbul,
// izmir, ankara) and English a few names.
const lowerNamedShare = 0.85

// lowerSentence reports whether toks are written in lower case, as web
// text often is ("how are vietnam and afghanistan alike ?"): three words
// or more, the first of them opening with a lower-case letter (an
// abbreviation is no such word: "LSU athletic director ..."), and at most
// a quarter of them with a capital and another letter (not "date
// 2025-11-04 HANGZHOU, 4 Kasım (Xinhua) -- Çin Başbakanı Li Qiang ...", a
// wire's opening line; the pronoun I is one letter).
func lowerSentence(toks []lang.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		r, n := rune(0), 1
		if s := t.Text; s != "" && s[0] < utf8.RuneSelf {
			r = rune(s[0])
		} else if c, ok := lang.TwoByteRuneAt(s, 0); ok { // in line: no call for a Cyrillic letter
			r, n = c, 2
		} else {
			r, n = utf8.DecodeRuneInString(s)
		}
		if words == 0 && !lang.IsLower(r) {
			return false
		}
		if lang.IsUpper(r) && n < len(t.Text) {
			caps++
		}
		words++
	}
	return words >= 3 && caps*4 <= words
}

// minOpenedWords is the fewest words of a sentence that capitalOpened
// takes: "Thanks a lot" is ordinary text.
const minOpenedWords = 4

// capitalOpened reports whether toks are a sentence in lower case but for
// its first word, as a phone's keyboard writes one that its writer typed in
// lower case ("Privacy in kerala , help pls", "Is there a bus between
// noida and greater noida ?"): four words or more (minOpenedWords), the
// first of them a word with a capital and then a lower-case letter, and no
// other word with a capital and another letter. A sentence in ordinary
// case that names nothing is such a sentence too: truecaseLower reads it
// only for words its writer could not have meant in lower case (opened).
func capitalOpened(toks []lang.Token) bool {
	words := 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		r, n := rune(0), 1
		if s := t.Text; s != "" && s[0] < utf8.RuneSelf {
			r = rune(s[0])
		} else if c, ok := lang.TwoByteRuneAt(s, 0); ok { // as in lowerSentence
			r, n = c, 2
		} else {
			r, n = utf8.DecodeRuneInString(s)
		}
		if words == 0 && (t.Kind != lang.Word || !lang.IsUpper(r) || n == len(t.Text) || !hasLower(t.Text[n:])) {
			return false
		}
		if words > 0 && lang.IsUpper(r) && n < len(t.Text) {
			return false
		}
		words++
	}
	return words >= minOpenedWords
}

// commonOpener reports whether t, a sentence's first word, is a common
// word capitalized only for opening it: a function word (cc) or a word the
// model's prior or lexicon sees in lower case more often than not (capPrior:
// Privacy, Is), not a name (Kovacic did a quick give-and-go at midfield:
// its writer capitalizes names, and midfield is no place).
func commonOpener(t *lang.Token, l lang.Language, p casePrior, cc lang.ClosedClassWords) bool {
	norm := lang.FoldToken(t, l)
	if cc != nil && cc.ClosedClass(norm) {
		return true
	}
	share, known := p.capPrior(norm, l)
	return known && share < 0.5
}

// truecaseLower gives Title case to the words of the sentence s, written
// in lower case (lowerSentence, or opened), that text would capitalize, so
// that the tagger, the gazetteer and the rules see a name's mark on them: a word
// the prior (p: the model's, or the language's own: casePriorOf) sees capitalized
// at least lowerNameShare of the time; a word the prior has not seen, not
// listed as a common word, that the model's lexicon lists as a person's or
// a place's name (kerala, noida); and the words of a gazetteer name that
// are all such words or words the prior has not seen ("alcatraz island"
// is not: island is a common word); never a function word (cc). The
// first word is read like the others ("london is big" finds London; the
// prior keeps "date" of a wire line lower case): leaving it as written
// scores EWT dev the same, 0.7588. In a sentence whose first word alone is
// capitalized (opened: capitalOpened), only words the prior has not seen
// turn Title case: a word the prior knows as a name's its writer, who
// capitalized the first word, may have meant in lower case (an intimate
// union, laden with cadmium, a blooming onion, at midfield). An acronym
// written in lower case (lowerAcronym: cnn, fbı) gets its capitals
// instead, in a sentence all in lower case. Only Token.Text changes
// (recorded in saved for restoreCase): offsets and Norm stay.
//
// The opened sentences, chosen on dev data (cmd/evaluate -pipeline -lang
// en), F1 without → with: UNER EWT dev 0.7873 → 0.7881 (kerala, noida
// twice); WNUT-17 dev 0.5386 → 0.5440 (gaby, mason, chloe, cali, kendrick;
// elmo, barbie, curry lost); BTC dev (0.4782), GUM dev (0.6220), NTREX
// English dev (0.8875, -doc 10 0.9084) unchanged; Turkish and Russian
// output byte-identical. Any first word (commonOpener not asked): EWT dev
// 0.7881, WNUT-17 dev 0.5448, BTC dev 0.4787, NTREX English dev 0.8872
// (Kovacic did a quick give-and-go at midfield). Every word as in a
// sentence in lower case, the prior's names too: EWT dev 0.7865, WNUT-17
// dev 0.5459, NTREX English dev 0.8872; the prior's places only (london,
// asia): EWT dev 0.7877 (air asia made Asia).
//
// buf holds the sentence's flags and its tokens as the gazetteer reads
// them, for the document's next sentence to reuse.
func truecaseLower(doc *annotation.Document, s lang.Sentence, l lang.Language, p casePrior, cc lang.ClosedClassWords, g *gazetteer.Gazetteer, opened, noTitleCase bool, saved []caseSwap, buf *lowerBuffers) []caseSwap {
	n := s.Last - s.First
	gn := capsOf(l).givenNames
	// A word no list knows is read as a name only with a wide prior, in
	// a sentence whose writer capitalizes no word (noTitleCase; one who
	// does would have capitalized a name: "benimsememesi" is an unknown
	// verb form).
	unknownNames := p.wide && !opened && noTitleCase
	flags := buf.flagsFor(n)
	up := flags[:n:n]                // to Title case
	maybe := flags[n : 2*n : 2*n]    // to Title case inside a gazetteer name
	lifted := flags[2*n : 3*n : 3*n] // a common word of a gazetteer name that holds a word turned Title case
	acronym := flags[3*n:]           // to capitals
	// prevNorm is the word before, folded, when it is one of the words
	// read here (else ""): whether it is a given name is asked only of
	// the word before an unseen person's name, not of every word.
	prevNorm := ""
	prevUp := false // the word before turned Title case
	for k := range n {
		t := &doc.Tokens[s.First+k]
		before, beforeUp := prevNorm, prevUp
		prevNorm, prevUp = "", false
		if t.Kind != lang.Word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		norm := lang.FoldToken(t, l)
		if !lang.IsLower(r) || hasUpper(t.Text) {
			// A capital of its own (iPhone, the pronoun I), read from the
			// text: a Norm may be restored (lang.NormRestorer).
			continue
		}
		if cc != nil && cc.ClosedClass(norm) {
			continue
		}
		prevNorm = norm
		share, known, wc := p.entry(norm)
		unseen := !known && wc&ner.CommonWord == 0
		named := wc&(ner.PlaceName|ner.PersonName) != 0
		// An unseen word right after a given name turned Title case is
		// a surname no list holds (gwyneth paltrow, daniel sturridge);
		// not after one read as a common word (we bill paltrow), nor a
		// form the language's dictionary makes (ольга перечитывала,
		// ayşe hesaplıyordu: lang.DictionaryForms). Chosen
		// on dev data (cmd/evaluate -pipeline): NTREX dev in lower case,
		// English 0.6156 → 0.6388, Turkish 0.6520 → 0.6602, Russian
		// 0.4815 → 0.5276; WNUT-17 dev 0.5456 → 0.5487; EWT, GUM and BTC
		// dev, NTREX dev as written and the Milliyet dev split
		// unchanged. After any given name, "can" and "umut" too: Turkish
		// as written 0.8888 → 0.8885, Milliyet 0.8710 → 0.8706.
		up[k] = !opened && known && (share >= lowerNameShare || named && share >= lowerNamedShare) ||
			unseen && (lowerUnseenName(norm, wc, gn, before) || beforeUp && gn != nil && gn.GivenName(before) && !p.dictionaryForm(norm))
		acronym[k] = !opened && !(known && share < 0.5) && lowerAcronym(t, norm, wc, known && share >= lowerNameShare, l, g)
		up[k] = up[k] || acronym[k] || !opened && lowerProperNoun(share, known, wc) && !p.dictionaryForm(norm)
		up[k] = up[k] || unseen && unknownNames && lowerUnknownName(norm, l, p)
		maybe[k] = up[k] || unseen
		prevUp = up[k]
	}
	if !opened { // in an opened sentence only unseen words turn Title case
		lowerHeadedRuns(doc, s, l, p, cc, up)
	}
	if g != nil && anyTrue(maybe) { // a gazetteer name in lower case holds a word that may turn Title case
		toks := buf.tokensOf(doc.Tokens[s.First:s.Last])
		for k := range toks {
			if maybe[k] {
				toks[k].Text = upperFirst(toks[k].Text, l)
			}
		}
		for _, mt := range g.Match(toks, plain(l)) {
			if len(mt.Candidates) > 0 && allMaybe(toks[mt.First:mt.Last], maybe[mt.First:mt.Last]) {
				for k := mt.First; k < mt.Last; k++ {
					up[k] = up[k] || maybe[k]
				}
			}
		}
		// A gazetteer name of two words or more that holds a word turned
		// Title case takes its common words too (greater noida: Greater
		// Noida), not a function word; one with no such word stays as
		// written (a long beach). Chosen on dev data (cmd/evaluate
		// -pipeline -lang en): UNER EWT dev 0.7881 → 0.7891; NTREX English
		// dev, GUM, WNUT-17, BTC dev and re3d unchanged; Turkish and Russian
		// output byte-identical.
		if !anyTrue(up) {
			return restyle(doc, s, l, up, acronym, saved)
		}
		for k := range toks {
			t := &toks[k]
			if r, _ := utf8.DecodeRuneInString(t.Text); t.Kind == lang.Word && !maybe[k] && lang.IsLower(r) &&
				(cc == nil || !cc.ClosedClass(lang.FoldToken(t, l))) {
				t.Text = upperFirst(t.Text, l)
				lifted[k] = true
			}
		}
		for _, mt := range g.Match(toks, plain(l)) {
			if len(mt.Candidates) > 0 && mt.Last-mt.First >= 2 && anyTrue(up[mt.First:mt.Last]) {
				for k := mt.First; k < mt.Last; k++ {
					up[k] = up[k] || maybe[k] || lifted[k] // not its function words (port of spain)
				}
			}
		}
	}
	return restyle(doc, s, l, up, acronym, saved)
}

// lowerBuffers are truecaseLower's buffers, kept from one sentence of a
// document to the next: every sentence in ordinary case that names
// nothing comes to truecaseLower (opened), a quarter of NTREX English
// dev's and many of Turkish news's, and each made its own (an eighth of
// the bytes Turkish news allocated outside the tokens and mentions).
// They are part of a pass's passBuffers, and so kept from document to
// document too; the flags of a sentence of up to smallSentence words are
// kept in an array.
type lowerBuffers struct {
	small [4 * smallSentence]bool
	flags []bool
	toks  []lang.Token
}

// smallSentence is the most words of a sentence whose flags
// lowerBuffers holds in its array.
const smallSentence = 64

// flagsFor returns four cleared flags a word for a sentence of n words:
// up, maybe, lifted and acronym in truecaseLower.
func (b *lowerBuffers) flagsFor(n int) []bool {
	if n <= smallSentence {
		clear(b.small[:4*n])
		return b.small[:4*n]
	}
	b.flags = slices.Grow(b.flags[:0], 4*n)[:4*n]
	clear(b.flags)
	return b.flags
}

// tokensOf returns a copy of toks for truecaseLower to change. A longer
// sentence's copy before it is cleared past toks's length, so that b.toks
// holds no token past its length (see passBuffers.release).
func (b *lowerBuffers) tokensOf(toks []lang.Token) []lang.Token {
	if len(b.toks) > len(toks) {
		clear(b.toks[len(toks):])
	}
	b.toks = append(b.toks[:0], toks...)
	return b.toks
}

// lowerProperNoun reports whether a word of a sentence in lower case, of
// prior share and lexicon classes wc, is a proper noun's that
// truecaseLower writes in Title case: one the model's lexicon lists as a
// proper noun and not as a common word, that the prior sees capitalized at
// least half the time (google, youtube, microsoft, twitter), where a
// company's name in running text stays below the names' bucket; never a
// form of a lower-case dictionary word (the caller asks).
//
// Chosen on dev data (cmd/evaluate -pipeline -case lower), F1 without →
// with: NTREX Turkish dev 0.7872 → 0.7949 (google three times, youtube
// twice, apple, microsoft, moon jae-in, ulusal of Ulusal Hava Tahmini
// Kurumu and Ulusal Bilim Vakfı; lost: kanye west, and ulusal made too
// long a run before a head twice), the Milliyet dev split 0.7418 → 0.7576,
// Turkish Wiki NER dev 0.7060 → 0.7119, the corpus's training part 0.7986
// → 0.8064; NTREX English and Russian dev in lower case (0.6584, 0.7496),
// WNUT-17 and BTC dev (0.5487, 0.4738) and every dev row as written
// unchanged.
func lowerProperNoun(share float64, known bool, wc ner.WordClass) bool {
	return known && share >= 0.5 && wc&ner.ProperNoun != 0 && wc&ner.CommonWord == 0
}

// restyle writes in Title case the words of sentence s that up marks,
// recording each change in saved for restoreCase.
func restyle(doc *annotation.Document, s lang.Sentence, l lang.Language, up, acronym []bool, saved []caseSwap) []caseSwap {
	for k, u := range up {
		if !u {
			continue
		}
		t := &doc.Tokens[s.First+k]
		tc := upperFirst(t.Text, l)
		if acronym[k] {
			tc = lang.Upper(plain(l), t.Text)
		}
		if tc != t.Text {
			saved = append(saved, caseSwap{s.First + k, t.Text, t.Kind})
			t.Text = tc
		}
	}
	return saved
}

// lowerUnseenName reports whether a word of a sentence in lower case that
// the model's prior has not seen, of lexicon classes wc, is a name's that
// truecaseLower writes in Title case: a place's (kerala, noida), or a
// person's that the language lists as a given name (jen, val; gn, where
// the language lists them), or any person's right after a word the
// language lists as a given name (before, that word folded, "" where the
// word before is none truecaseLower reads: amy schumer, ed sheeran,
// whatever the prior says of amy or ed). A surname alone is not: the
// English surname list holds the Census's surnames that the dictionary
// does not write in lower case only, and so words web text writes in lower
// case as common words (a coward, a cocker spaniel, lovin).
//
// Chosen on dev data (cmd/evaluate -pipeline -lang en), F1 with any
// person's word → this: UNER EWT dev 0.7850 → 0.7862 (coward, cocker and
// lovin no longer names), WNUT-17 dev 0.5352 → 0.5386 (schooler, meth);
// BTC dev 0.4783 → 0.4782 (a surname opening a tweet, ballou); NTREX
// English dev, as sentences and ten lines a document, and GUM dev
// unchanged; Turkish and Russian dev output byte-identical. Given names
// only, without the surname after one: WNUT-17 dev 0.5350, BTC dev 0.4777
// (amy schumer, ed sheeran).
func lowerUnseenName(norm string, wc ner.WordClass, gn lang.GivenNames, before string) bool {
	if wc&ner.PlaceName != 0 {
		return true
	}
	if wc&ner.PersonName == 0 {
		return false
	}
	return gn == nil || before != "" && gn.GivenName(before) || gn.GivenName(norm)
}

// anyTrue reports whether any of b is true.
func anyTrue(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

// allMaybe reports whether every word of toks may turn Title case.
func allMaybe(toks []lang.Token, maybe []bool) bool {
	for k := range toks {
		if toks[k].Kind == lang.Word && !maybe[k] {
			return false
		}
	}
	return true
}

// upperFirst returns s with its first letter in upper case, as l writes
// capitals (Turkish i → İ).
func upperFirst(s string, l lang.Language) string {
	_, n := utf8.DecodeRuneInString(s)
	return lang.Upper(plain(l), s[:n]) + s[n:]
}
