// Package link resolves the entity mentions of a document to what they
// refer to: mentions of one referent get one ID and canonical name, from
// the gazetteer where it knows the referent (a Wikidata QID shared across
// languages: Rusya = Russia = Россия → Q159), else a document-local ID.
// AddShortMentions finds the short mentions of people (Li for Li Qiang)
// that a tagger misses, before linking; Linker.AddShortMentionsContext
// also the surnames of the heads of state its gazetteer knows (Трамп).
package link

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// # Linking
//
// Link groups the mentions of a document that refer to the same
// thing and gives every mention of a group the same ID and Canonical name.
// It never adds or removes a mention (recognition does: see
// AddShortMentions). Mentions are grouped when
//
//   - their names fold alike (l.Fold) and their types agree: "Rusya" and
//     "Rusya"; an all-capital mention (a dateline: HANGZHOU) also joins the
//     one group of another type whose name folds alike;
//   - a mention's words are an ordered subsequence of a longer PERSON
//     mention's words, in particular its last word (Western names:
//     Mişustin → Mihail Mişustin) or its first (Chinese names, surname
//     first: Li → Li Qiang), and that longer name is the only candidate.
//     Longer mentions are linked first, so "Lula" joins "Lula da Silva"
//     and "Luiz Inacio Lula da Silva" once those two are one group;
//   - an all-capital mention is the acronym of exactly one longer name in
//     the document: written in parentheses right after it ("Birleşmiş
//     Milletler (BM)") or made of its words' initials under the language's
//     folding (Şanghay İşbirliği Örgütü ↔ ŞİÖ);
//   - an organization's mention is the one earlier organization's name
//     without its owner's acronym, a place or a body the gazetteer knows
//     (U.N. Security Council, then the Security Council; see
//     linkOwnedBodies).
//
// Two mentions with different IDs already (from the gazetteer) are never
// grouped.
//
// Type: a group takes the type of its canonical mention. A short mention
// the tagger typed otherwise (Li tagged LOCATION while "Li Qiang" is a
// PERSON) is retyped to the group's type when its name matches exactly
// one PERSON group and nothing found it in the gazetteer, unless the
// document types its words so more than once and more often than as a
// person (a town named like a person is tagged as the town throughout;
// a surname the tagger now and then took for a place is not); its Source
// then gains "+link". The same holds for acronyms and datelines.
// In a language whose names inflect, a PERSON mention matches the full
// name through the morphology (see linkShortNames), and a PERSON mention's
// leading preposition, and an inner one with the words after it, are not
// part of its name (trimPrepositions).
//
// ID and Canonical: Canonical is the group's longest mention as written
// (white space collapsed; among equals, mixed case before all capitals,
// then the first). ID is the gazetteer ID one of the mentions carries (the
// canonical mention's first), else the ID of the only entry of the group's
// type that the gazetteer's Lookup finds for the canonical name (in the document's
// language, then any; its abbreviations' periods left out if need be: U.N.
// Security Council; a leading word that acronyms skip left out if need be:
// The United States; a place's leading lower-case words too: güney Nevada;
// then its trailing lower-case head words: Yunnan province, BM kurumu), else for its citation form where the language knows
// it (lang.CitationFormer: Белого дома → Белый дом; of the group's type, or
// of the other of place and organization), else, for an organization
// whose first word joins a shortened word to its head, of the name written
// out (lang.SpelledOutNames: Генассамблеи ООН → Генеральная Ассамблея ООН),
// else, for an organization in a document that names the United Nations,
// of the body of it that the gazetteer names with its acronym (Genel
// Kuruluna → BM Genel Kurulu, Security Council → UN Security Council; see
// unBodyEntry),
// else, for a place or an organization, the entry one of whose names
// with marks the name spells without them (Bogota → Bogotá; see
// marklessEntry),
// else, for a place or an organization, the ID of
// the one entry of its type that has no name in the document's language
// but one in another that sounds and is spelt alike (Глазго → Glasgow;
// see entryByKey; never a place for an organization: «Брайтона», the
// club, is not the town; a one-word person the tagger alone typed falls
// back to the places, when its key has at least minPersonPlaceKey
// consonants, and becomes a
// LOCATION: Питтсбурга; a one-word place that only another language's
// name of an organization gives becomes that ORGANIZATION: Chelsea), else, for a place whose first word is a compass
// point its language translates (lang.NameWordTranslator), the place
// English names so (Kuzey Carolina → North Carolina) or the one the rest
// names (Batı Arizona → Arizona), else, for a place or an organization,
// the entry English names as its words read with the language's
// institutional glosses (New York Şehri → New York City; see
// glossedEntry), else, for a place, the one entry named only in other
// languages that its coarse key reaches (Струмице → Strumica; see
// coarseEntry), else, for an organization with an acronym in
// Latin capitals of three to six letters the gazetteer does not know, the
// acronym in capitals as a name ID, name:BPPT (see
// latinAcronym), else a name ID, "name:<key>" (name:m-trs for Theresa
// May, in any script and case: the consonant skeletons of its Latin
// spelling's words in sorted order, of its citation form where the
// language knows it: Ольги Куриленко as Ольга Куриленко; see nameID; the
// words of a place's or an organization's name that its language glosses
// keyed as their English pivot words, so that a name translated word by
// word keys alike: Dışişleri Bakanlığı, Foreign Ministry, МИД; see
// glossedWords; and a country or a region named in an organization's
// name, or an English demonym of a country, keyed as the place's English
// name: BBC İskoçya, BBC Scotland; see englishPlaceWords; an
// organization's lower-case trailing words left out where its language
// writes the heads of names capitalized: Ibrox takımı, Ibrox; see
// apposedHead), which stays the same across
// documents and languages and, since recognizers disagree on types more
// often than on names, across types too; else (a name with no Latin or
// Cyrillic letters) "local:N" with N the index of the group's first
// mention. A place's gazetteer ID is that of the place of higher prior
// that shares one of its names in another language, where the document's
// language names that place not at all (Хиросима, the prefecture, is
// Hiroshima, the city, as in English; see sharedNamePlace).
// When the text has only a short form (a one-word PERSON or an
// acronym) and the ID is a gazetteer one, Canonical is the entry's
// preferred name in the document's language. A Canonical taken from the
// text is put in its citation form when the language knows it
// (lang.CitationFormer: Russian names in the nominative).
func (x *Linker) Link(doc *annotation.Document, l lang.Language) {
	_ = x.LinkContext(context.Background(), doc, l) // never done: no error
}

// LinkContext is Link that stops with ctx.Err() soon after ctx is done,
// leaving the entities' IDs partly assigned; the caller then discards
// the document.
func (x *Linker) LinkContext(ctx context.Context, doc *annotation.Document, l lang.Language) error {
	if doc == nil || l == nil || len(doc.Entities) == 0 {
		return ctx.Err()
	}
	ents := doc.Entities
	sc := getScratch(len(ents))
	defer putScratch(sc)
	lk := linker{doc: doc, l: l, stop: *checkpoint.New(ctx), parent: sc.parent, id: sc.id, typed: &sc.typed, words: sc.words, keys: sc.keys,
		caps: sc.caps, groupInts: sc.groupInts, groupList: sc.groupList, longest: sc.longest, names: &sc.names}
	defer func() { sc.groupInts, sc.groupList, sc.longest = lk.groupInts, lk.groupList, lk.longest }()
	tokens := 0
	for i := range ents {
		tokens += max(ents[i].Last-ents[i].First, 0)
	}
	words := slices.Grow(sc.all[:0], tokens) // all the mentions' words, in one array
	defer func() { sc.all = words }()
	for i := range ents {
		if lk.stop.Done() {
			return lk.stop.Err()
		}
		lk.parent[i] = i
		lk.id[i] = ents[i].ID
		start := len(words)
		words = appendMentionWords(words, doc, &ents[i], l)
		lk.words[i] = words[start:len(words):len(words)]
		lk.caps[i] = allCaps(ents[i].Text)
	}
	joinKeys(lk.keys, lk.words)
	lk.trimPrepositions()
	for _, stage := range []func(){lk.linkIdentical, lk.linkShortNames, lk.linkAcronyms, func() { lk.linkOwnedBodies(x.gaz) }, func() { lk.linkClubNicknames(x.gaz) }, lk.alignTypes, func() { lk.assign(x) }} {
		if lk.stop.Now() {
			return lk.stop.Err()
		}
		stage()
	}
	return lk.stop.Err()
}

// Linker links mentions against one gazetteer. It is safe for concurrent
// use and owns the indexes it builds from the gazetteer (the surnames of
// well-known people, per language, built on first use).
type Linker struct {
	gaz       *gazetteer.Gazetteer
	surnames  sync.Map // language code → func() surnameIndex
	entryKeys sync.Map // entry type → func() entryKeyIndex
	// sharedPlaces maps a place's ID and a language's code to the ID
	// sharedNamePlace gives it, at most one per entry and language.
	sharedPlaces sync.Map
	// namesakesOf maps an organization's ID and a language's code to its
	// namesakes of other countries (see namesakes).
	namesakesOf sync.Map
	// unTokens maps a language's code to the tokens of the United
	// Nations' acronyms in it (see unBodyEntry).
	unTokens sync.Map
	// demonyms maps a language's code to a func() map[string]string,
	// from a country's folded demonym to its English name (see
	// demonymPlace).
	demonyms sync.Map
	// memos keep what the look-ups of a group's ID made of its name (see
	// linkerMemos).
	memos linkerMemos
	// coarsePlaces is the coarse index of a gazetteer other than the
	// default's places (see coarseNames), made once.
	coarseOnce   sync.Once
	coarsePlaces coarseIndex
}

// New returns a Linker over g; a nil g links by the document alone.
func New(g *gazetteer.Gazetteer) *Linker { return &Linker{gaz: g, memos: newLinkerMemos()} }

// linker is the state of linking one document.
type linker struct {
	doc     *annotation.Document
	l       lang.Language
	stop    checkpoint.Every // each stage returns early once it is done; a value, not a new one on the heap each document
	words   [][]string       // folded words of each mention
	keys    []string         // words of each mention, joined
	caps    []bool           // whether each mention is in capitals (allCaps of its text), asked by every stage
	parent  []int            // union-find
	id      []string         // per root: the gazetteer ID of the group, if any
	typed   *typedNames      // the mentions by key and type (linkIdentical)
	un      []tokenSpan      // where the document names the United Nations (see unNamings)
	unFound bool             // un is worked out
	// womenAlone are the surnames alone the document gives in a form only
	// a woman's takes (see womanAlone); nil until worked out.
	womenAlone []string
	// trimmed holds, per mention, the text of its name where
	// trimPrepositions left words out of it (nil when it left out none).
	trimmed []textSpan
	// groupInts and groupList are the arrays groups makes its groups in,
	// kept for the next document (see linkerScratch).
	groupInts []int
	groupList [][]int
	longest   []int        // longestFirst's order, kept for the next document
	names     *nameScratch // linkShortNames's indexes, kept likewise
}

func (lk *linker) find(i int) int {
	for lk.parent[i] != i {
		lk.parent[i] = lk.parent[lk.parent[i]]
		i = lk.parent[i]
	}
	return i
}

// union joins the groups of i and j unless they carry different IDs.
func (lk *linker) union(i, j int) bool {
	a, b := lk.find(i), lk.find(j)
	if a == b {
		return true
	}
	if lk.id[a] != "" && lk.id[b] != "" && lk.id[a] != lk.id[b] {
		return false
	}
	if b < a {
		a, b = b, a
	}
	lk.parent[b] = a
	if lk.id[a] == "" {
		lk.id[a] = lk.id[b]
	}
	return true
}

// isNameWord reports whether a token of a mention is one of the words of
// its name (appendMentionWords): not an apostrophe suffix or punctuation.
func isNameWord(tk *lang.Token) bool { return tk.Kind != lang.Suffix && tk.Kind != lang.Punct }

// appendMentionWords appends to ws the folded words of a mention,
// apostrophe suffixes and punctuation left out.
func appendMentionWords(ws []string, doc *annotation.Document, e *annotation.Entity, l lang.Language) []string {
	start := len(ws)
	gp, _ := l.(lang.GluedPossessives)
	if e.First >= 0 && e.Last <= len(doc.Tokens) && e.First < e.Last {
		toks := doc.Tokens[e.First:e.Last]
		for k := range toks {
			tk := &toks[k]
			if !isNameWord(tk) || joiner(toks, k) {
				continue
			}
			w := lang.FoldToken(tk, l)
			if gp != nil {
				w = gp.WithoutPossessive(w)
			}
			if k >= 2 && len(ws) > start && joiner(toks, k-1) {
				ws[len(ws)-1] += toks[k-1].Text + w
				continue
			}
			ws = append(ws, w)
		}
	}
	if len(ws) == start {
		ws = append(ws, strings.Fields(l.Fold(e.Text))...)
	}
	return ws
}

func (lk *linker) key(i int) string { return lk.keys[i] }

// joinKeys sets each of keys to the words of the mention words holds
// joined (joinWords): the keys of more than one word are pieces of one
// string, made at once, where a string a mention was a fifth of the
// allocations of linking. They are read while the document is linked
// only, so that the string is not kept beyond it.
func joinKeys(keys []string, words [][]string) {
	size := 0
	for _, ws := range words {
		if len(ws) > 1 {
			size += joinedLen(ws)
		}
	}
	var b strings.Builder
	b.Grow(size)
	for _, ws := range words {
		if len(ws) > 1 {
			appendJoined(&b, ws)
		}
	}
	joined, at := b.String(), 0
	for i, ws := range words {
		switch len(ws) {
		case 0:
			keys[i] = ""
		case 1:
			keys[i] = ws[0]
		default:
			n := joinedLen(ws)
			keys[i], at = joined[at:at+n], at+n
		}
	}
}

// trimPrepositions leaves out of the words of a PERSON mention of two
// words or more those that a preposition of the language
// (lang.Prepositions) puts outside the name: a first word that is one and
// not an initial, written in small letters or opening the sentence, since
// a name never starts with one and the tagger took a sentence's
// capitalized first word into the name (На Кавано) — inside a sentence a
// capitalized one is a name's own word (До Мыой, Vietnam's premier); and
// a lower-case one after the first two words and all that follow it,
// which name where the person comes from or works (Robyn Christie of
// Melrose, the club) — after one word it is a name's own (Joan of Arc,
// Catherine of Aragon). Either would key the person apart from their other mentions and
// from the name in other languages, and the words after the preposition
// would take a short mention of the place (Melrose) into the person.
// The text of the name that is left is recorded for the canonical name.
func (lk *linker) trimPrepositions() {
	p, ok := lk.l.(lang.Prepositions)
	if !ok {
		return
	}
	toks := lk.doc.Tokens
	for i := range lk.doc.Entities {
		e := &lk.doc.Entities[i]
		if e.Type != annotation.Person || len(lk.words[i]) < 2 || e.First < 0 || e.Last > len(toks) || e.First+1 >= e.Last {
			continue
		}
		start, end := e.Start, e.End
		if first := &toks[e.First]; first.Kind == lang.Word && toks[e.First+1].Kind != lang.Punct && p.Preposition(lk.words[i][0]) &&
			(startsLower(first.Text) || opensSentence(lk.doc, e.First)) {
			// (an initial, В. Путин, is followed by its period)
			lk.words[i] = lk.words[i][1:]
			start = toks[e.First+1].Start
		}
		k := -1 // name words before the token
		for t := e.First; t < e.Last && len(lk.words[i]) > 1; t++ {
			tk := &toks[t]
			if !isNameWord(tk) || tk.Start < start {
				continue
			}
			if k++; k >= 2 && k < len(lk.words[i]) && tk.Kind == lang.Word && startsLower(tk.Text) && p.Preposition(lk.words[i][k]) {
				lk.words[i] = lk.words[i][:k]
				end = toks[t-1].End
				break
			}
		}
		if start == e.Start && end == e.End {
			continue
		}
		lk.keys[i] = joinWords(lk.words[i])
		if lk.trimmed == nil {
			lk.trimmed = make([]textSpan, len(lk.doc.Entities))
		}
		lk.trimmed[i] = textSpan{start, end}
	}
}

// opensSentence reports whether token t opens its sentence of doc, with
// only punctuation (a quotation mark, a dash) before it there, opens a
// line (a headline has no full stop for the sentence splitter to end it
// at), or opens a quotation or what a colon introduces (Трамп: «На
// Кавано ...»), which the splitter leaves inside the sentence.
func opensSentence(doc *annotation.Document, t int) bool {
	if t == 0 || strings.Contains(doc.Text[doc.Tokens[t-1].End:doc.Tokens[t].Start], "\n") {
		return true
	}
	switch doc.Tokens[t-1].Text {
	case "«", "\"", "“", "„", ":":
		return true
	}
	ss := doc.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].Last > t })
	if k == len(ss) || ss[k].First > t || ss[k].First < 0 {
		return false
	}
	for p := ss[k].First; p < t; p++ {
		if doc.Tokens[p].Kind != lang.Punct {
			return false
		}
	}
	return true
}

// textSpan is a span of the document's text: byte offsets.
type textSpan struct{ start, end int }

// nameText returns the text of mention i's name: the mention's text, less
// what trimPrepositions left out.
func (lk *linker) nameText(i int) string {
	e := &lk.doc.Entities[i]
	if lk.trimmed == nil || lk.trimmed[i].end == 0 || lk.trimmed[i].end > len(lk.doc.Text) || lk.trimmed[i].start >= lk.trimmed[i].end {
		return e.Text
	}
	return lk.doc.Text[lk.trimmed[i].start:lk.trimmed[i].end]
}

// joiner reports whether token k of a mention's tokens joins the words
// on either side of it into one, with no space around it: a dot before a
// lower-case word, the parts of a domain name (weather.com,
// LiverpoolFC.com), an ampersand (M&S, AT&T), or a hyphen, which Turkish's
// tokenizer splits off where English's and Russian's keep the word whole
// (Kai-Fu, Coca-Cola). One language's tokenizer
// keeps such a name as one token and another splits it, so its parts are
// one word, as where it is one token, and the name keys alike in every
// language (name:vtrkm, not name:km-vtr in Russian; name:ms, not name:m-s
// in Turkish and Russian). A capital after a dot is an initial's name
// (В.Путин), which stays a word of its own.
func joiner(toks []lang.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	a, j, b := &toks[k-1], &toks[k], &toks[k+1]
	if a.End != j.Start || j.End != b.Start || !isNameWord(a) || !isNameWord(b) {
		return false
	}
	switch j.Text {
	case ".":
		return b.Kind == lang.Word && startsLower(b.Text)
	case "&", "-":
		return true
	}
	return false
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return lang.IsLower(r)
}
