package link

import (
	"context"
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// AddShortMentions adds to doc.Entities the mentions a tagger misses but
// the rest of the document reveals, keeping them sorted by Start: the
// short mentions of people named in full (Li of Li Qiang, Mişustin of
// Mihail Mişustin), the other occurrences of a name tagged elsewhere
// in the document (addRepeatedNames), and the names after an abbreviated
// honorific (addTitledNames: Prof. Czeisler). For a
// language whose names inflect (lang.InflectedNames) the short form is
// matched through the morphology first (Путину for Владимир Путин).
func AddShortMentions(doc *annotation.Document, l lang.Language) {
	_ = AddShortMentionsContext(context.Background(), doc, l) // never done: no error
}

// AddShortMentionsContext is AddShortMentions that stops with ctx.Err()
// soon after ctx is done, with doc.Entities sorted but perhaps short of
// some mentions; the caller then discards the document.
func AddShortMentionsContext(ctx context.Context, doc *annotation.Document, l lang.Language) error {
	if doc == nil || l == nil {
		return ctx.Err()
	}
	stop := checkpoint.New(ctx)
	noted := noteTokens(doc)
	defer noted.release()
	addShortMentions(doc, l, noted, stop)
	return stop.Err()
}

// addShortMentions is AddShortMentionsContext for the notedTokens of doc,
// which no stage changes.
func addShortMentions(doc *annotation.Document, l lang.Language, noted *notedTokens, stop *checkpoint.Every) {
	if len(doc.Entities) > 0 {
		if inf, ok := l.(lang.InflectedNames); ok && inf.InflectsNames() {
			inflectedShortNames(doc, l, noted, stop)
		}
		if !stop.Now() {
			recoverShortMentions(doc, l, noted, stop)
		}
		if !stop.Now() {
			addRepeatedNames(doc, l, noted, stop)
		}
	}
	if !stop.Now() {
		addTitledNames(doc, l, noted, stop)
	}
}

// notedTokens are the indexes of the tokens of a document, in order, that
// the stages adding mentions look at: most tokens are none of them, and
// a pass over all of a document's tokens for each stage cost more than
// the stage's work.
type notedTokens struct {
	capitals      []int // words starting with a capital letter: recoverShortMentions, addRepeatedNames, addHeadOfStateSurnames
	abbreviations []int // abbreviations starting with one (ABD, Дж.): inflectedShortNames, with capitals
	dotted        []int // tokens ending with a period: addTitledNames
	// covered holds, by token, whether a mention covers it, which the
	// stages leave alone (see coveredBy); starts, whether a sentence
	// starts at it (see sentenceStarts). Each is made once a document, when
	// a stage first asks for it, in a pooled array: each stage made its
	// own, up to five arrays of a token each a document, each covered from
	// all the mentions.
	covered, starts           []bool
	coveredKnown, startsKnown bool
	// people and peopleWords are recoverShortMentions's people and their
	// words, kept for the next document (two arrays made for each were
	// one allocation in three of linking a line of news); release empties
	// them, so that they keep no document's strings.
	people      []shortPerson
	peopleWords []string
}

// maxPooledTokens bounds the documents whose notedTokens are listed in
// pooled arrays (notedPool) that hold one index a token.
const maxPooledTokens = 1 << 14

// notedPool keeps the arrays of notedTokens between documents.
var notedPool = sync.Pool{New: func() any { return new(notedTokens) }}

// noteTokens returns the notedTokens of doc, which release pools when
// they are no longer read. The tokens are read in one pass, into pooled
// arrays that hold one index a token, which no append outgrows; a
// document of more than maxPooledTokens tokens has its lists made at
// their size by noteMany.
func noteTokens(doc *annotation.Document) *notedTokens {
	n := notedPool.Get().(*notedTokens)
	n.coveredKnown, n.startsKnown = false, false
	if len(doc.Tokens) > maxPooledTokens {
		n.noteMany(doc.Tokens)
		return n
	}
	n.capitals = slices.Grow(n.capitals[:0], len(doc.Tokens))
	n.abbreviations = slices.Grow(n.abbreviations[:0], len(doc.Tokens))
	n.dotted = slices.Grow(n.dotted[:0], len(doc.Tokens))
	for t := range doc.Tokens {
		tk := &doc.Tokens[t]
		// The test of a capital is written out here and in noteMany: a
		// function of it is too large to inline.
		if (tk.Kind == lang.Word || tk.Kind == lang.Abbreviation) && lang.StartsUpper(tk.Text) {
			if tk.Kind == lang.Word {
				n.capitals = append(n.capitals, t)
			} else {
				n.abbreviations = append(n.abbreviations, t)
			}
		}
		if endsWithPeriod(tk) {
			n.dotted = append(n.dotted, t)
		}
	}
	return n
}

// The notes noteMany keeps of a token, one byte each.
const (
	notedCapital uint8 = 1 << iota
	notedAbbreviation
	notedDotted
)

// noteMany makes n's lists for the tokens of a huge document at their
// size: appending its capitals one by one allocated five times their size
// as the list grew (62 MB for the 1.2M capitals of 10 MB of names), and
// one index a token would be several times their size too. The tests are
// made once, into a byte a token that the lists are then read from
// (testing each token twice, to count and to list, cost 10M instructions
// more on 1.5 MB of Turkish, 200k tokens, than the byte's pass).
func (n *notedTokens) noteMany(toks []lang.Token) {
	notes := make([]uint8, len(toks))
	var capitals, abbreviations, dotted int
	for t := range toks {
		tk := &toks[t]
		var note uint8
		if (tk.Kind == lang.Word || tk.Kind == lang.Abbreviation) && lang.StartsUpper(tk.Text) {
			if tk.Kind == lang.Word {
				note, capitals = notedCapital, capitals+1
			} else {
				note, abbreviations = notedAbbreviation, abbreviations+1
			}
		}
		if endsWithPeriod(tk) {
			note, dotted = note|notedDotted, dotted+1
		}
		notes[t] = note
	}
	all := make([]int, capitals+abbreviations+dotted) // one array for the three lists
	n.capitals, all = all[:0:capitals], all[capitals:]
	n.abbreviations, n.dotted = all[:0:abbreviations], all[abbreviations:abbreviations]
	for t, note := range notes {
		if note == 0 {
			continue
		}
		if note&notedCapital != 0 {
			n.capitals = append(n.capitals, t)
		}
		if note&notedAbbreviation != 0 {
			n.abbreviations = append(n.abbreviations, t)
		}
		if note&notedDotted != 0 {
			n.dotted = append(n.dotted, t)
		}
	}
}

// capitalWords yields the tokens of capitals and abbreviations in the
// order of the text: the tokens capitalWord holds.
func (n *notedTokens) capitalWords() iter.Seq[int] {
	return func(yield func(int) bool) {
		c, a := n.capitals, n.abbreviations
		for len(c) > 0 || len(a) > 0 {
			var t int
			if len(a) == 0 || len(c) > 0 && c[0] < a[0] {
				t, c = c[0], c[1:]
			} else {
				t, a = a[0], a[1:]
			}
			if !yield(t) {
				return
			}
		}
	}
}

// release pools n for the next document, unless a huge one's lists are
// its arrays.
func (n *notedTokens) release() {
	if cap(n.capitals) <= maxPooledTokens && cap(n.abbreviations) <= maxPooledTokens && cap(n.dotted) <= maxPooledTokens &&
		cap(n.covered) <= maxPooledTokens && cap(n.starts) <= maxPooledTokens &&
		cap(n.people) <= maxPooledTokens && cap(n.peopleWords) <= maxPooledTokens {
		clear(n.people)
		clear(n.peopleWords)
		notedPool.Put(n)
	}
}

// endsWithPeriod reports whether tk is one of the dotted tokens of
// notedTokens. It inlines in the passes over every token.
func endsWithPeriod(tk *lang.Token) bool {
	return tk.Text != "" && tk.Text[len(tk.Text)-1] == '.'
}

// recoverShortMentions adds the short mentions of people that the tagger
// missed: a capitalized word (one of noted.capitals, see notedTokens), outside every entity, that is the first or
// the last word of exactly one longer PERSON name in the document ("Li" of
// "Li Qiang", "Mişustin" of "Mihail Mişustin"). At a sentence's start,
// where every word is capitalized, the word must also read as a name: be
// followed by an apostrophe suffix, a comma or a coordinating word, or, in
// a language with lang.DictionaryWords, be no dictionary word and followed
// by a lower-case word (verbAfterName: "Mishustin welcomed Li"). Such
// mentions get Source "link" and the score of the name they shorten; the
// entities stay sorted by Start. Only a capitalized first or last word
// stands for its name (capitalEnd): NTREX Turkish dev through examples/tag,
// whole documents, 0.9017 → 0.9020 (the article of a newspaper's name had
// become "the Weeknd"); NTREX English and Russian dev unchanged.
func recoverShortMentions(doc *annotation.Document, l lang.Language, noted *notedTokens, stop *checkpoint.Every) {
	// owner maps a folded first or last word to its name, of people; -1
	// when names disagree. people lists the names of two words or more,
	// with their mention: an array of one a mention, most no person's,
	// was an eighth of the bytes linking allocated on news.
	owner := map[string]int{}
	// all holds the words of the people, in one array for all, made at
	// its size (a word a token, joined words fewer), where growing it by
	// appending made five arrays or so a document; both arrays are
	// noted's.
	n, tokens := countPeople(doc.Entities)
	people := slices.Grow(noted.people[:0], n)
	all := slices.Grow(noted.peopleWords[:0], tokens)
	defer func() { noted.people, noted.peopleWords = people, all }()
	for i := range doc.Entities {
		if stop.Done() {
			return
		}
		e := &doc.Entities[i]
		if e.Type != annotation.Person {
			continue
		}
		start := len(all)
		all = appendMentionWords(all, doc, e, l)
		ws := all[start:len(all):len(all)]
		if len(ws) < 2 {
			all = all[:start]
			continue
		}
		people = append(people, shortPerson{mention: i, words: ws})
		for end, w := range []string{ws[0], ws[len(ws)-1]} {
			if !capitalEnd(doc, e, end == 1) {
				continue // a lower-case particle ("the" of "the Weeknd") is no short name
			}
			if j, ok := owner[w]; ok && j >= 0 && !slices.Equal(people[j].words, ws) {
				owner[w] = -1
			} else if !ok {
				owner[w] = len(people) - 1
			}
		}
	}
	if len(owner) == 0 {
		return
	}
	covered, sentStart := noted.coveredBy(doc), noted.sentenceStarts(doc)
	var added []annotation.Entity
	for _, t := range noted.capitals {
		if stop.Done() {
			return
		}
		tk := &doc.Tokens[t]
		if covered[t] || lang.RuneCount(tk.Text) < 2 {
			continue
		}
		j, ok := owner[lang.FoldToken(tk, l)]
		if !ok || j < 0 {
			continue
		}
		var next *lang.Token
		if t+1 < len(doc.Tokens) {
			next = &doc.Tokens[t+1]
		}
		if next != nil && next.Kind == lang.Word && !covered[t+1] && lang.StartsUpper(next.Text) {
			continue // part of a longer, untagged name
		}
		if sentStart[t] && (next == nil || !(next.Kind == lang.Suffix || next.Text == "," || joinsNames(l, lang.FoldToken(next, l)) ||
			verbAfterName(l, tk, next))) {
			continue
		}
		// The text from the document's bytes, not the token's: a headline's
		// tokens are truecased while the document is recognized (YYY read
		// as Yyy), and a mention's text is always the input's.
		added = append(added, doc.Mention(t, t+1, annotation.Person, doc.Entities[people[j].mention].Score, "link"))
	}
	noted.merge(doc, added)
}

// shortPerson is a name of two words or more that recoverShortMentions
// reads its first and last words of: its mention, and its words.
type shortPerson struct {
	mention int
	words   []string // none with a space in it (tokens end at one)
}

// countPeople returns the number of PERSON mentions of ents and of
// their tokens.
func countPeople(ents []annotation.Entity) (n, tokens int) {
	for i := range ents {
		if ents[i].Type == annotation.Person {
			n++
			tokens += max(ents[i].Last-ents[i].First, 0)
		}
	}
	return n, tokens
}

// verbAfterName reports whether a sentence's first word tk, the first or
// last word of a person's name in the document, reads as the name before
// next: next is a lower-case word (the verb: "Mishustin welcomed Li") and
// the language's dictionary has no such common word as tk (so "Flake
// said" stays with the tagger: flake is a common noun too). Only languages with lang.DictionaryWords
// (English): Turkish and Russian capitalize the same way, but have no
// such list to tell a name from a common word at a sentence's start.
func verbAfterName(l lang.Language, tk, next *lang.Token) bool {
	d, ok := l.(lang.DictionaryWords)
	return ok && next.Kind == lang.Word && !lang.StartsUpper(next.Text) && !d.DictionaryWord(lang.FoldToken(tk, l))
}

// capitalEnd reports whether the first (or, last set, the last) word of
// the mention e starts with a capital letter as written: only a name's
// capitalized words stand for it alone, not its lower-case article or
// particle (the of "the Weeknd", which a sentence's capitalized "The"
// would otherwise take for the singer).
func capitalEnd(doc *annotation.Document, e *annotation.Entity, last bool) bool {
	if e.First < 0 || e.Last > len(doc.Tokens) {
		return false // not on the document's tokens (appendMentionWords reads none of them)
	}
	for k := e.First; k < e.Last; k++ {
		t := k
		if last {
			t = e.Last - 1 - (k - e.First)
		}
		if tk := &doc.Tokens[t]; isNameWord(tk) {
			return lang.StartsUpper(tk.Text)
		}
	}
	return false
}

func joinWords(ws []string) string {
	if len(ws) == 1 {
		return ws[0]
	}
	var b strings.Builder
	b.Grow(joinedLen(ws))
	appendJoined(&b, ws)
	return b.String()
}

// joinedLen returns the length of the words ws joined by spaces.
func joinedLen(ws []string) int {
	n := max(len(ws)-1, 0)
	for _, w := range ws {
		n += len(w)
	}
	return n
}

// appendJoined writes the words ws to b, a space between each two.
func appendJoined(b *strings.Builder, ws []string) {
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
}

// joinsNames reports whether norm coordinates two names in l ("ve", "and").
func joinsNames(l lang.Language, norm string) bool {
	fw, ok := l.(lang.FunctionWords)
	return ok && fw.JoinsNames(norm)
}
