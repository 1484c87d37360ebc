package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// Match is a run of tokens that names one or more entries.
//
// Invariant: for tokens from text, text[Start:End] is the matched text,
// Start == tokens[First].Start and End == tokens[Last-1].End.
type Match struct {
	First, Last int // token indices, Last exclusive
	Start, End  int // byte offsets of the matched text
	// Candidates are the entries with the matched name, best first (see
	// Lookup): ambiguity stays explicit (Ankara the city and the province).
	Candidates []*Entry
	// Inflected is true when the last token is an inflected form of the
	// name's last word, so that the suffix lies inside [Start, End)
	// (Bakanlığının for Bakanlığı), or, for a WordInflector language, when
	// some word is an inflected form (России for Россия). An apostrophe
	// suffix (Türkiye'ye) is a token of its own after Last and does not set it.
	Inflected bool
}

// Limits on the inflection probe: the suffix after a name inside a token
// is at most maxSuffixBytes long, and the name part at least two runes.
const (
	maxSuffixBytes = 16
	maxProbeRunes  = 64
)

// Match finds the entries named in tokens, longest match first, scanning
// left to right; matches do not overlap. l supplies the morphology for an
// inflected last word without apostrophe (Dışişleri Bakanlığının; of a
// one-word name only for organizations: Meclise, not Ankaranın); with l
// nil only uninflected names match. l must be the language that
// tokenized tokens.
//
// A match starts on a word (or abbreviation or number) token; when that
// token starts with a lower-case letter, only names that are themselves
// lower-case-initial match, so that running text "ordu" (army) is not Ordu
// the province. A capitalized common word at the start of a sentence still
// matches ("Ordu da ..."): telling that apart needs context, so the caller
// decides.
//
// A name of two or three capital letters (AB, US, ABD) matches only a
// token in capitals: "Us" in an English title is not the US.
//
// When l implements WordInflector (Russian), every capitalized word of a
// name may be inflected, whatever the name's type and length (Организации
// Объединённых Наций, Владимиром Путиным).
//
// Candidates slices are shared: callers must not modify them. Beyond the
// returned slice, Match allocates only in the rare inflection probes
// (l.Analyze) and candidate lists filtered for a lower-case start.
func (g *Gazetteer) Match(tokens []lang.Token, l lang.Language) []Match {
	buf := matchBufs.Get().(*matchBuf)
	out := g.appendMatches(buf.matches[:0], tokens, l, buf)
	var res []Match
	if len(out) > 0 {
		res = slices.Clone(out)
	}
	clear(out) // let the pool hold no entries, nor the words' strings
	clear(buf.stems[:cap(buf.stems)])
	buf.matches = out[:0]
	matchBufs.Put(buf)
	return res
}

// MatchInto is Match with its result in *buf's array, which it grows as
// needed and leaves in *buf for the next call: a caller matching a
// document window by window then allocates no slice for each. The result
// is valid until the next call with the same buf, and nil when nothing
// matches, as Match's.
func (g *Gazetteer) MatchInto(buf *[]Match, tokens []lang.Token, l lang.Language) []Match {
	scratch := matchBufs.Get().(*matchBuf)
	out := g.appendMatches(scratch.matches[:0], tokens, l, scratch)
	var res []Match
	if len(out) > 0 {
		// Collected in the pool's slice and copied, so that *buf grows
		// at most a few times a document, not by append at its first
		// windows.
		if cap(*buf) < len(out) {
			*buf = make([]Match, 0, max(len(out), 2*cap(*buf)))
		}
		res = append((*buf)[:0], out...)
	}
	clear(out)
	clear(scratch.stems[:cap(scratch.stems)])
	scratch.matches = out[:0]
	matchBufs.Put(scratch)
	return res
}

// appendMatches appends Match's matches to out, using buf's stem parts.
func (g *Gazetteer) appendMatches(out []Match, tokens []lang.Token, l lang.Language, buf *matchBuf) []Match {
	var stems *stemWalk
	if l != nil && inflectsEveryWord(l) {
		walk := g.newStemWalk(tokens, l, &buf.stems)
		stems = &walk
	}
	ce, _ := l.(CaseEndings) // asked once here, not at each probe
	for i := 0; i < len(tokens); {
		// Most tokens cannot start a name: punctuation, tested in line,
		// and the lower-case words that mayStart rejects are passed over
		// without a call to match.
		t := &tokens[i]
		if !canStart(t.Kind) {
			i++
			continue
		}
		lowerStart, ok := g.mayStart(t)
		if !ok {
			i++
			continue
		}
		var m Match
		if stems != nil {
			m, ok = stems.matchAt(i, lowerStart)
		} else {
			m, ok = g.matchAt(tokens, i, lowerStart, l, ce)
		}
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.Last
	}
	return out
}

// matchBuf holds the buffers that Match reuses: matches collects its
// matches, so that it allocates its result once, at its final size,
// rather than growing it; stems holds the stem parts of the words that a
// stem walk is in (stemWalk), at most maxStemDepth words' at a time.
type matchBuf struct {
	matches []Match
	stems   []lang.StemParts
}

var matchBufs = sync.Pool{New: func() any { return new(matchBuf) }}

// mayStart reports whether a name may start at token t, whose kind can
// start one (canStart), and whether t starts with a lower-case letter (then
// only lower-case-initial names, such as eBay, may match).
func (g *Gazetteer) mayStart(t *lang.Token) (lowerStart, ok bool) {
	// The first rune decoded in line when it has one byte (most words of
	// English and Turkish) or two (most Cyrillic words).
	var r rune
	if s := t.Text; s != "" && s[0] < utf8.RuneSelf {
		r = rune(s[0])
	} else if c, ok := lang.TwoByteRuneAt(s, 0); ok {
		r = c
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	lowerStart = lang.IsLower(r)
	return lowerStart, !lowerStart || g.anyLower && g.lowerPairs.mayStart(folded(t))
}

// lowerContinues reports whether a lower-case-initial name may continue
// past token i, where a match starts. It is false only when token i is a
// word of one letter, which the pair filter (mayStart) passes, having no
// second rune of its own to read, followed by white space, and no
// lower-case-initial name starts with that letter and a space. Matching
// asks it only when the letter begins some key (Russian в, о and а begin
// capitalized names' keys): each such word walked into the next one and
// hashed its stems.
func (g *Gazetteer) lowerContinues(tokens []lang.Token, i int) bool {
	t := &tokens[i]
	k := oneKeyRune(folded(t))
	if k < 0 || i+1 < len(tokens) && t.End >= tokens[i+1].Start {
		return true
	}
	return g.lowerPairs.has(k, ' ')
}

// oneKeyRune returns the key rune of s when s is a single rune of one or
// two bytes that is neither white space nor dropped from keys, else -1.
func oneKeyRune(s string) rune {
	switch len(s) {
	case 1:
		if s[0] < utf8.RuneSelf {
			return leadKeys[s[0]]
		}
	case 2:
		if r, ok := lang.TwoByteRuneAt(s, 0); ok {
			return leadKeys[r]
		}
	}
	return -1
}

// matchAt returns the longest match starting at token i, which mayStart
// accepted with lowerStart; ce is l as CaseEndings, or nil.
func (g *Gazetteer) matchAt(tokens []lang.Token, i int, lowerStart bool, l lang.Language, ce CaseEndings) (Match, bool) {
	var (
		best  Match
		found bool
		h     = fnvOffset
	)
	for j := i; j < len(tokens); j++ {
		t := &tokens[j]
		if j > i && tokens[j-1].End < t.Start {
			h = hashByte(h, ' ')
		}
		next := hashKey(h, folded(t))
		v := g.index.get(next)
		if grp := v &^ prefixBit; grp != 0 && (!lowerStart || g.groups[grp-1].anyLower) &&
			(!g.groups[grp-1].acronymsOnly || capitalsOnly(t.Text)) {
			best = Match{First: i, Last: j + 1, Candidates: g.groupEntries(grp-1, lowerStart)}
			found = true
		} else if l != nil && t.Kind == lang.Word && (j > i || !lowerStart) && (ce == nil || ce.MayTakeCase(folded(t))) {
			if cands := g.probeAt(h, t, l, lowerStart, j == i); cands != nil {
				best = Match{First: i, Last: j + 1, Candidates: cands, Inflected: true}
				found = true
			}
		}
		if v&prefixBit == 0 || j == i && lowerStart && !g.lowerContinues(tokens, i) {
			break
		}
		h = next
	}
	if !found {
		return Match{}, false
	}
	best.Start, best.End = tokens[i].Start, tokens[best.Last-1].End
	return best, true
}

func canStart(k lang.Kind) bool {
	switch k {
	case lang.Word, lang.Abbreviation, lang.Number, lang.Ordinal:
		return true
	}
	return false
}

// folded returns the folded form of t, its text when the tokenizer left
// Norm empty.
func folded(t *lang.Token) string {
	if t.Norm != "" {
		return t.Norm
	}
	return t.Text
}

// groupEntries returns the candidates of group gid, only those with a
// lower-case-initial name when lowerOnly.
func (g *Gazetteer) groupEntries(gid uint32, lowerOnly bool) []*Entry {
	grp := g.groups[gid]
	all := g.groupCands(gid, grp)
	if !lowerOnly {
		return all
	}
	var out []*Entry
	for k, e := range all {
		if g.lower[int(grp.off)+k] {
			out = append(out, e)
		}
	}
	return out
}

// probeAt is probe, but that a word whose probe as a name's only word
// (single, and so not lowerOnly) found no candidate is kept in
// g.noOrgPrefix and not probed again.
func (g *Gazetteer) probeAt(h uint64, t *lang.Token, l lang.Language, lowerOnly, single bool) []*Entry {
	if !single {
		cands, _ := g.probe(h, t, l, lowerOnly, single)
		return cands
	}
	key := wordMemoHash(folded(t))
	if g.noOrgPrefix.has(key) {
		return nil
	}
	cands, analyzed := g.probe(h, t, l, lowerOnly, single)
	if !analyzed {
		g.noOrgPrefix.add(key)
	}
	return cands
}

// probe looks for a name whose last word is a proper prefix of token t,
// the rest of t being an inflection of it according to l's morphology
// (Bakanlığı + nın, Milletler + in), and returns its candidates, or nil.
// h is the hash of the names' part before t; the longest name wins.
//
// Turkish separates the suffixes of person and place names with an
// apostrophe (Ankara'nın) but not those of institutions (Meclise,
// Dışişleri Bakanlığının), so for a one-word name (single) only
// organizations qualify: Kentte is not Kent, nor Ordunun Ordu.
//
// It also reports whether some prefix had candidates, which l was then
// asked to analyze: when none had, the answer depends on the word and g
// alone (probeAt).
func (g *Gazetteer) probe(h uint64, t *lang.Token, l lang.Language, lowerOnly, single bool) (cands []*Entry, analyzed bool) {
	word := folded(t)
	type state struct {
		h   uint64
		off int
	}
	// tail holds the key hash of each prefix of word that may be the name
	// part and that the index's filter lets through, in order: of at
	// least two runes, followed by a suffix of at most maxSuffixBytes, and
	// so by at most that many runes. Most prefixes of a word are no
	// name's key, turned away as they are hashed.
	var tail [maxSuffixBytes]state
	n, runes := 0, 0
	for off := 0; off < len(word); {
		if runes == maxProbeRunes {
			return nil, false
		}
		if runes >= 2 && len(word)-off <= maxSuffixBytes && g.index.mayHave(h) {
			tail[n] = state{h, off}
			n++
		}
		runes++
		// Decoded and hashed in line for runes of one and two bytes, as
		// hashCommon does: probe reads every capitalized word that is not
		// a name. An ASCII rune's key is one byte, never dropped.
		if c := word[off]; c < utf8.RuneSelf {
			h = hashByte(h, byte(keyRunes[c]))
			off++
			continue
		}
		r, size := rune(word[off]), 1
		if c, ok := lang.TwoByteRuneAt(word, off); ok {
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(word[off:])
		}
		off += size
		switch k := keyRune(r); {
		case k < 0:
		case k < 0x800:
			h = hashShortRune(h, k)
		default:
			h = hashRune(h, k)
		}
	}
	var analyses []lang.Analysis
	for k := n - 1; k >= 0; k-- {
		s := tail[k]
		gid, grp, ok := g.candidates(s.h)
		if !ok || lowerOnly && !grp.anyLower {
			continue
		}
		cands := g.groupEntries(gid, lowerOnly)
		if single {
			cands = organizations(cands)
		}
		if len(cands) == 0 {
			continue
		}
		if analyses == nil {
			analyses = l.Analyze(word)
		}
		if inflects(analyses, l.Analyze(word[:s.off])) {
			return cands, true
		}
	}
	return nil, analyses != nil
}

// CaseEndings is an optional interface of a language whose words take a
// case, as Analyze reads them, only with one of a few endings (English:
// the possessive 's and s'). Match probes only a word that may have one
// for an inflected name (see probe): it hashes every prefix of a word and
// asks the index about most of them, for every capitalized word that is
// not a name, and English, whose names the tokenizer mostly splits from
// their 's, found next to none.
type CaseEndings interface {
	// MayTakeCase reports whether a folded word may end in a case: false
	// only when no analysis of it (Analyze) has a case among its suffixes.
	MayTakeCase(word string) bool
}

// organizations returns the organizations among entries, entries itself
// when they all are.
func organizations(entries []*Entry) []*Entry {
	k := slices.IndexFunc(entries, func(e *Entry) bool { return e.Type != Organization })
	if k < 0 {
		return entries
	}
	var out []*Entry
	for _, e := range entries {
		if e.Type == Organization {
			out = append(out, e)
		}
	}
	return out
}

// inflects reports whether word is a case-inflected form of base: one of
// word's readings has the stem of one of base's, base's suffixes and then
// more that include a case (Bakanlığı [P3sg] → Bakanlığının [P3sg Gen],
// Ankara → Ankaradaki [Loc Ki]), and no reading makes it base's word
// with a possessive instead, the head of another phrase: Bakanı is Bakan +
// Acc but also "its minister" (Dışişleri Bakanı), not the town Bakan.
// Plurals and possessives alone do not count, nor does the equative, which
// forms language names (Çince).
func inflects(word, base []lang.Analysis) bool {
	found := false
	for _, w := range word {
		for _, b := range base {
			if w.Stem != b.Stem || len(b.Suffixes) >= len(w.Suffixes) ||
				!slices.Equal(b.Suffixes, w.Suffixes[:len(b.Suffixes)]) {
				continue
			}
			extra := w.Suffixes[len(b.Suffixes):]
			if slices.ContainsFunc(extra, isCase) {
				found = true
			} else if !slices.ContainsFunc(extra, isNotThirdPossessive) {
				return false
			}
		}
	}
	return found
}

func isCase(suffix string) bool {
	switch suffix {
	case "Acc", "Dat", "Loc", "Abl", "Gen", "Ins":
		return true
	}
	return false
}

func isNotThirdPossessive(suffix string) bool {
	return suffix != "P3sg" && suffix != "P3pl" && suffix != "Pl"
}

// LinguaFranca is the language whose names of an entry count as native in
// every language (NamedIn): news in any language writes many foreign names
// as English does.
const LinguaFranca = "en"

// NamedIn reports whether text, the matched text, is one of the best
// entry's names in l's language or in LinguaFranca, as opposed to a name it
// has only in another language: French "Japon" (Japan) is Turkish for
// "Japanese".
func (m Match) NamedIn(text string, l lang.Language) bool {
	if len(m.Candidates) == 0 {
		return false
	}
	key := l.Fold(strings.Join(strings.Fields(text), " "))
	e := m.Candidates[0]
	for _, code := range []string{l.Code(), LinguaFranca} {
		for _, n := range e.Names[code] {
			if l.Fold(n) == key {
				return true
			}
		}
	}
	return false
}
