package recognize

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// minPriorWords is the fewest words a model's capitalization prior must
// know for truecasing with it. With a thin prior most words of a headline
// are unknown and turn Title case, read as names: the Russian model's
// prior (1,496 words, from one small annotated file) took NTREX Russian
// dev written in capitals from 0.567 to 0.321; the English (13,537) and
// Turkish (81,728) ones gain. Russian reads its language's own
// (casePriorOf).
const minPriorWords = 5000

// caseSwap records a token truecaseCaps changed: its index, original
// text and kind.
type caseSwap struct {
	tok  int
	text string
	kind lang.Kind
}

// truecaseCaps gives the words of the sentences written in capitals
// (headlineSentence: a headline, "TURKEY'S CENTRAL BANK CUTS RATES") the case
// the language's model has most often seen them in, so that the tagger,
// the gazetteer and the rules, which all read a capital as a name's mark,
// see "Turkey's central bank cuts rates" instead. Only Token.Text and
// Token.Kind change, and only for the time of recognition: Start, End and
// Norm stay (Norm is folded, the same for both spellings), mentions take
// their text from doc.Text, and restoreCase puts the original tokens back,
// so every offset and every entity's text are the input's. A sentence
// written in lower case (lowerSentence), or in lower case but for a common
// word opening it (capitalOpened, commonOpener), goes to truecaseLower
// instead.
// After the word-by-word reading, a headline's words are read again in
// context: a compass adjective before a place in lower case
// (compassWord), a place's head noun standing alone in lower case
// (lowerLoneHeads), a body's name ending in its head noun and a surname
// after a given name in Title case (titleCaseHeadedRuns,
// titleCaseSurnames).
//
// It returns the changed tokens for restoreCase, nil when no sentence is
// in capitals or in lower case. A sentence in ordinary case costs a scan
// up to its second word with a lower-case letter (lowerSentence), one up
// to its second word with a capital (capitalOpened), and a count of its
// words in capitals (headlineSentence). lowerBuf holds truecaseLower's
// buffers, for every sentence of the document.
func (r *Recognizer) truecaseCaps(doc *annotation.Document, l lang.Language, m *ner.Model, lowerBuf *lowerBuffers) []caseSwap {
	var saved []caseSwap
	var p casePrior // the prior, once a sentence needs it
	checked := false
	cc := capsOf(l).closedClassWords
	da := capsOf(l).definiteArticles
	for _, s := range doc.Sentences {
		toks := doc.Tokens[s.First:s.Last]
		lower := lowerSentence(toks)
		// A sentence opened by a capital is asked about only where the
		// prior may read it (ordinaryCaseReader): Russian text in
		// ordinary case costs no scan of it.
		capOpened := !lower && (!checked || p.ordinaryCaseReader()) && capitalOpened(toks)
		if !lower && !capOpened && !headlineSentence(toks) {
			continue
		}
		if !checked {
			var ok bool
			if p, ok = casePriorOf(m, l); !ok {
				return nil
			}
			checked = true
		}
		// A language's own prior reads only sentences in lower case with
		// no word in Title case, and no sentence opened by a capital
		// (ordinaryCaseReader).
		noTitleCase := lower && !titleCaseWordIn(toks)
		lower = lower && (p.ordinaryCaseReader() || noTitleCase)
		// The opener's reading (commonOpener, which may analyze it) after
		// the prior's check: a language without one never pays for it.
		opened := capOpened && p.ordinaryCaseReader() && commonOpener(&toks[0], l, p, cc)
		if !lower && !opened && !headlineSentence(toks) {
			continue
		}
		if lower || opened {
			saved = truecaseLower(doc, s, l, p, cc, r.gaz, opened, noTitleCase, saved, lowerBuf)
			continue
		}
		named := r.namedInTitleCase(doc, s, l)
		initial := true
		for i := s.First; i < s.Last; i++ {
			t := &doc.Tokens[i]
			tc, kind := t.Text, t.Kind
			switch {
			case t.Kind == lang.Word || capsAbbreviation(t):
				// The tokenizers read a word in capitals with no dot as an
				// abbreviation (ABD, NATO): truecased, it is a word again.
				article := da != nil && i > s.First && da.DefiniteArticle(doc.Tokens[i-1].Text)
				tc = truecaseWord(t, initial || named[i-s.First], initial || article, l, p, cc, r.gaz)
				if !initial && !named[i-s.First] && compassWord(doc.Tokens, i, l) {
					// WESTERN ARIZONA: text writes western Arizona, the
					// compass word out of the name (Northern Ireland, a
					// gazetteer name, keeps it).
					tc = lang.FoldToken(t, l)
				}
				if tc != t.Text {
					// The kind the tokenizer gives the truecased word: a
					// word, or an apostrophe suffix ('DA → 'da).
					kind = conll.TokenKind(tc, plain(l))
				}
				initial = initial && kind == lang.Suffix
			case t.Kind == lang.Suffix: // ANKARA'NIN: a suffix is lower case
				tc = lang.FoldToken(t, l)
			case t.Kind == lang.Number || t.Kind == lang.Abbreviation || t.Kind == lang.Ordinal:
				initial = false
			}
			if tc != t.Text {
				saved = append(saved, caseSwap{i, t.Text, t.Kind})
				t.Text, t.Kind = tc, kind
			}
		}
		lowerLoneHeads(doc, s, l, named, saved)
		titleCaseHeadedRuns(doc, s, l, p, r.gaz, cc, saved)
		titleCaseSurnames(doc, s, l, p, r.gaz, cc, saved)
	}
	return saved
}

// headlineSentence reports whether toks are written in capitals: three
// words or more with no lower-case letter (capsSentence), or five or more
// and one word with one, which a headline writes in its own case
// (McDONALD'S, iPHONE, eBAY). Text in ordinary case is told at its second
// word with a lower-case letter, usually its second word.
func headlineSentence(toks []lang.Token) bool {
	caps, mixed, ok := countCaps(toks, 1)
	return ok && (mixed == 0 && caps >= 3 || caps >= 5)
}

// restoreCase undoes truecaseCaps.
func restoreCase(doc *annotation.Document, saved []caseSwap) {
	for _, sw := range saved {
		if sw.tok < len(doc.Tokens) {
			doc.Tokens[sw.tok].Text, doc.Tokens[sw.tok].Kind = sw.text, sw.kind
		}
	}
}

// capsAbbreviation reports whether t is an abbreviation with no dot: a
// word in capitals.
func capsAbbreviation(t *lang.Token) bool {
	return t.Kind == lang.Abbreviation && strings.IndexByte(t.Text, '.') < 0
}

// truecaseWord returns the likeliest spelling of t, a word written in
// capitals: lower case for a function word and for a word the model's
// prior saw capitalized less than half the time (Title case where initial,
// as text writes a sentence's first word and a name's); capitals for an
// acronym the gazetteer knows only in capitals (US, AB, ABD) or the
// lexicon lists as one, unless the prior sees the word in lower case at
// least a fifth of the time and it is not in a name's slot (nameSlot: it
// opens the sentence or follows the definite article): "CONTACT US" is the
// pronoun, "THE US" the country; Title case otherwise, the likeliest case
// of a word the model has no prior for being a name's. The lower-case
// letters come from the token's folded form, which applies the language's
// own casing (Turkish I → ı, İ → i).
func truecaseWord(t *lang.Token, initial, nameSlot bool, l lang.Language, p casePrior, cc lang.ClosedClassWords, g *gazetteer.Gazetteer) string {
	norm := lang.FoldToken(t, l)
	if norm == t.Text || hasLower(t.Text) {
		// No letter to change case, too long to fold, or a word whose
		// case is its own (McDONALD'S, iPHONE).
		return t.Text
	}
	lower := true
	switch {
	case cc != nil && cc.ClosedClass(norm):
	case p.m.WordClasses(norm)&ner.Abbreviation != 0 || gazetteerAcronym(t, norm, l, g):
		if share, ok := p.share(norm); !ok || share >= 0.8 || nameSlot {
			return t.Text
		}
		// An acronym that is also a common word (US, us) out of a
		// name's slot: the word.
	default:
		share, known := p.capPrior(norm, l)
		lower = known && share < 0.5 || !known && commonCompound(norm, l, p) && !compoundName(t, norm, l, g)
	}
	if lower && !initial || startsApostrophe(t.Text) {
		return norm
	}
	return titleCase(t.Text, norm)
}

// titleCase returns the first letter of text (a capital) followed by the
// rest of its folded form norm.
func titleCase(text, norm string) string {
	_, n := utf8.DecodeRuneInString(text)
	_, nn := utf8.DecodeRuneInString(norm)
	return text[:n] + norm[nn:]
}

// startsApostrophe reports whether s opens with an apostrophe: a suffix or
// a contraction ('DA, 'S), lower case whatever its word.
func startsApostrophe(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '\'' || r == '’'
}

// hasApostrophe reports whether s holds an apostrophe, ' or ’, as
// strings.ContainsAny(s, "'’") does: that decodes every rune of a
// Cyrillic word and looks each up in the set (about 1,500 instructions a
// Russian word), where two searches of bytes find the same first place (a
// valid rune's bytes start no other rune).
func hasApostrophe(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "’")
}

// gazetteerAcronym reports whether t, a short word in capitals, matches a
// gazetteer entry in capitals but not in Title case: one of the acronyms
// the gazetteer matches only written so (US, AB, ABD; isShortAcronym).
func gazetteerAcronym(t *lang.Token, norm string, l lang.Language, g *gazetteer.Gazetteer) bool {
	if g == nil || lang.RuneCount(t.Text) > 3 {
		return false
	}
	one := [1]lang.Token{*t}
	if !singleMatch(g.Match(one[:], plain(l))) {
		return false
	}
	one[0].Text = titleCase(t.Text, norm)
	return !singleMatch(g.Match(one[:], plain(l)))
}

// singleMatch reports whether ms hold a match of the one token matched.
func singleMatch(ms []gazetteer.Match) bool {
	for _, mt := range ms {
		if mt.First == 0 && mt.Last == 1 && len(mt.Candidates) > 0 {
			return true
		}
	}
	return false
}

// namedInTitleCase returns, for each token of the sentence s written in
// capitals, whether a gazetteer name of two tokens or more covers it when
// every word is written in Title case: such a name's words keep Title case
// (UNITED WAY: "way" alone is a common word).
func (r *Recognizer) namedInTitleCase(doc *annotation.Document, s lang.Sentence, l lang.Language) []bool {
	named := make([]bool, s.Last-s.First)
	if r.gaz == nil {
		return named
	}
	toks := make([]lang.Token, s.Last-s.First)
	copy(toks, doc.Tokens[s.First:s.Last])
	for i := range toks {
		if t := &toks[i]; t.Kind == lang.Word || capsAbbreviation(t) {
			if norm := lang.FoldToken(t, l); norm != t.Text && !startsApostrophe(t.Text) {
				t.Text, t.Kind = titleCase(t.Text, norm), lang.Word
			}
		}
	}
	for _, mt := range r.gaz.Match(toks, plain(l)) {
		if mt.Last-mt.First < 2 {
			continue
		}
		for i := mt.First; i < mt.Last && i < len(named); i++ {
			named[i] = true
		}
	}
	return named
}

// compassWord reports whether token i is a compass adjective the language
// writes in lower case before a place (lang.LowerCompassWords: western,
// central), not before a head noun, which makes it a word of a name
// (lang.NameCues: Central Park, Central Bank, Western Union).
//
// Chosen on the upper-cased stand-ins for headlines (branch enorg6),
// whole pipeline, without → with: NTREX English dev upper-cased 0.7534 →
// 0.7573 (western Arizona, northwestern Sonora twice, central Mexico,
// the central U.S., the central Rockies), Universal NER EWT dev
// upper-cased 0.6880 → 0.6890, GUM dev upper-cased 0.5175 unchanged; with
// the nouns too (West, Southwest) 0.7535 (Kanye West made no name);
// without central 0.7553; without the head noun check 0.7567 (Central
// Park cut to Park).
func compassWord(toks []lang.Token, i int, l lang.Language) bool {
	lc := capsOf(l).lowerCompassWords
	if lc == nil || !lc.LowerCompassWord(lang.FoldToken(&toks[i], l)) {
		return false
	}
	nc := capsOf(l).nameCues
	return nc == nil || i+1 >= len(toks) || nc.Cue(lang.FoldToken(&toks[i+1], l)) == lang.NoCue
}

// commonCompound reports whether norm, a word the prior does not know, is
// a compound of common words joined by hyphens, each read in lower case
// by the prior or listed by the language's dictionary in lower case only
// (HIT-AND-RUN, DROUGHT-STRICKEN, CAMPUS-WIDE): text writes it in lower
// case, where a name's parts are names (RHEIN-NECKAR, KSWB-TV).
//
// Chosen on the upper-cased stand-ins for headlines (branch enorg6), whole
// pipeline, without → with: NTREX English dev upper-cased 0.7660 → 0.7687
// (hit-and-run, drought-stricken, campus-wide, pre-trial, yellow-carded,
// free-kick no longer names), Universal NER EWT dev and GUM dev
// upper-cased unchanged (0.6917, 0.5216); NTREX Turkish dev upper-cased
// 0.8024 → 0.8026 (PLAY-OFF no longer an organization).
func commonCompound(norm string, l lang.Language, p casePrior) bool {
	if !strings.Contains(norm, "-") {
		return false
	}
	for part := range strings.SplitSeq(norm, "-") {
		if part == "" {
			return false
		}
		if share, known := p.capPrior(part, l); !known || share >= 0.5 {
			return false
		}
	}
	return true
}

// compoundName reports whether norm, a hyphenated word of t in capitals
// whose parts are common words, is a name all the same: a compound of
// number words that writes no number (lang.Cardinals: SEVEN-ELEVEN, not
// TWENTY-ONE), or a one-word name the gazetteer knows in Title case
// (SNAP-ON). Its parts' priors say nothing of either.
func compoundName(t *lang.Token, norm string, l lang.Language, g *gazetteer.Gazetteer) bool {
	if c := capsOf(l).cardinals; c != nil {
		if _, number := c.Cardinal(norm); !number && allCardinals(norm, c) {
			return true
		}
	}
	if g == nil {
		return false
	}
	one := [1]lang.Token{*t}
	one[0].Text, one[0].Kind = titleCase(t.Text, norm), lang.Word
	return singleMatch(g.Match(one[:], plain(l)))
}

// allCardinals reports whether every part of the hyphenated norm is a
// number word.
func allCardinals(norm string, c lang.Cardinals) bool {
	for part := range strings.SplitSeq(norm, "-") {
		if _, ok := c.Cardinal(part); !ok {
			return false
		}
	}
	return true
}
