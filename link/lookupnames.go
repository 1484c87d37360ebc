package link

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// The forms of a name that the gazetteer's lookup, exact, may know where
// it does not know the name as the text writes it.

// spelledOutEntry returns the ID of the organization that name, whose
// first word joins a shortened word to the organization's head, names with
// its words written out (lang.SpelledOutNames: Генассамблеи ООН →
// Генеральная Ассамблея ООН; Евросоюз → Европейский союз), as the
// gazetteer names it; "" when none does. Crosslingual dev 719 → 720
// (Генассамблеи ООН; the two Евросоюз of dev, now Q458, align with no
// English name).
func (x *Linker) spelledOutEntry(so lang.SpelledOutNames, name string) string {
	for _, n := range so.SpelledOut(name) {
		if id := uniqueEntry(x.gaz, n, annotation.Organization, ""); id != "" {
			return id
		}
	}
	return ""
}

// undotted returns name with the periods of its abbreviations of two
// letters or more written with them taken out (U.N. Security Council → UN
// Security Council, U.K. → UK): news writes them so where the gazetteer
// names the acronym without, and its lookup keeps the periods. name itself
// when it has none. Crosslingual dev 718 → 719 (U.N. Security Council).
func undotted(name string) string {
	if !strings.Contains(name, ".") {
		return name
	}
	fields := strings.Split(name, " ")
	changed := false
	for i, f := range fields {
		if dottedLetters(f) {
			fields[i], changed = strings.ReplaceAll(f, ".", ""), true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(fields, " ")
}

// dottedLetters reports whether w is two letters or more, each followed by
// a period (U.N., U.S.A.).
func dottedLetters(w string) bool {
	n := 0
	for ; w != ""; n++ {
		r, size := utf8.DecodeRuneInString(w)
		if !lang.IsLetter(r) || len(w) == size || w[size] != '.' {
			return false
		}
		w = w[size+1:]
	}
	return n >= 2
}

// unitedNations is the gazetteer ID (Wikidata's) of the United Nations.
const unitedNations = "Q1065"

// unBodyEntry returns the ID of the organization of the United Nations
// that mention c, of name, names without the United Nations' acronym,
// which the gazetteer's name of it holds before or after the name (BM
// Genel Kurulu, UN Security Council, Международный суд ООН), in the
// document's language and as its matching reads an inflected name (Genel
// Kuruluna, Генеральной Ассамблее; for a language that spells out
// shortened words, Генассамблее too): news names the bodies of the United
// Nations bare once the story is about it (the General Assembly, Güvenlik
// Konseyi, в Международном суде), and the gazetteer, as Wikidata, most
// often names them with it; "" when no such name matches all of the
// mention's tokens with one organization of highest prior, or when the
// United Nations is not named in the mention's sentence or the one before
// (see unNamings and unNear), or when the mention has an owner of its own
// (see owned): a bare name is as often a body of the language's own
// country (Genel Kurul, the Turkish parliament's plenary; Совет
// безопасности, Russia's), which the gazetteer does not hold. Only organizations the gazetteer does not know
// by the bare name reach it. Crosslingual dev 737 → 739 (Генассамблее ООН
// twice; 741 without the condition, which the mentions of the
// parliament's Genel Kurulu in the Turkish training text forbid).
func (x *Linker) unBodyEntry(lk *linker, c int, name string) string {
	l := lk.l
	e := &lk.doc.Entities[c]
	if e.First < 0 || e.Last > len(lk.doc.Tokens) || e.First >= e.Last {
		return ""
	}
	acronyms := x.unAcronyms(l)
	if len(acronyms) == 0 || !lk.unNear(c, lk.unNamings(acronyms)) || lk.owned(c, acronyms) {
		return ""
	}
	mention := lk.doc.Tokens[e.First:e.Last]
	var tokens []lang.Token
	for _, acronym := range acronyms {
		if so, ok := l.(lang.SpelledOutNames); ok {
			for _, n := range so.SpelledOut(name) {
				if id := uniqueEntry(x.gaz, n+" "+acronym.Text, annotation.Organization, l.Code()); id != "" {
					return id
				}
			}
		}
		if len(lk.words[c]) < 2 {
			continue // a body's bare name has two words at least: a head and what it does
		}
		if tokens == nil {
			tokens = make([]lang.Token, len(mention)+1)
		}
		// The acronym a space before the mention's tokens, then a space
		// after them: the matching tells words apart by their offsets.
		tokens[0] = spacedAfter(acronym, 0)
		shifted(tokens[1:], mention, tokens[0].End+1)
		if id := wholeMatch(x.gaz, tokens, l); id != "" {
			return id
		}
		shifted(tokens, mention, 0)
		tokens[len(mention)] = spacedAfter(acronym, tokens[len(mention)-1].End+1)
		if id := wholeMatch(x.gaz, tokens, l); id != "" {
			return id
		}
	}
	return ""
}

// spacedAfter returns t moved to start at offset start.
func spacedAfter(t lang.Token, start int) lang.Token {
	t.Start, t.End = start, start+t.End-t.Start
	return t
}

// shifted copies src to dst, its offsets moved so that the first token
// starts at start and the gaps between tokens stay.
func shifted(dst, src []lang.Token, start int) {
	delta := start - src[0].Start
	for i, t := range src {
		t.Start += delta
		t.End += delta
		dst[i] = t
	}
}

// unNear reports whether the United Nations is named near mention c, in
// its sentence or the one before (named holds unNamings): a story that
// cites a UN report once may go on about its own country's assembly or
// council.
func (lk *linker) unNear(c int, named []tokenSpan) bool {
	e := &lk.doc.Entities[c]
	from, to := 0, len(lk.doc.Tokens)
	if ss := lk.doc.Sentences; len(ss) > 0 {
		k := sort.Search(len(ss), func(i int) bool { return ss[i].Last > e.First })
		if k < len(ss) {
			from, to = ss[max(k-1, 0)].First, ss[k].Last
		}
	}
	for k := sort.Search(len(named), func(i int) bool { return named[i].first >= from }); k < len(named) && named[k].first < to; k++ {
		if named[k].last <= to {
			return true
		}
	}
	return false
}

// owned reports whether mention c names a body together with its owner,
// which is then not the United Nations: a possessive right before it
// (Russia's Security Council), another name right before or after it
// that is not the UN's (Генеральная ассамблея Интерпола), or a longer
// mention of the document that ends with c's words after another name
// (TBMM Genel Kurulu, the Illinois General Assembly, then the bare
// Genel Kurulu).
func (lk *linker) owned(c int, acronyms []lang.Token) bool {
	e := &lk.doc.Entities[c]
	toks := lk.doc.Tokens
	if e.First > 0 {
		switch toks[e.First-1].Text {
		case "'s", "’s", "'", "’":
			return true
		}
	}
	// holdsAcronym reports whether tokens [first, last) hold the UN's acronym.
	holdsAcronym := func(first, last int) bool {
		for t := max(first, 0); t < last && t < len(toks); t++ {
			if isUNAcronym(toks[t].Text, acronyms) {
				return true
			}
		}
		return false
	}
	// Where a mention is placed or worded as an owner is asked first, and
	// whether it is the UN's only of those few: asked first of each of a
	// long document's mentions, the acronym test read all their tokens for
	// each candidate (compare -once varlik on 1.5 MB of Turkish as one
	// document: 7.4M instructions for 4 candidates).
	words := lk.words[c]
	for j := range lk.doc.Entities {
		u := &lk.doc.Entities[j]
		w := lk.words[j]
		if u.Last != e.First && u.First != e.Last && (len(w) <= len(words) || !slices.Equal(w[len(w)-len(words):], words)) {
			continue
		}
		if j != c && u.ID != unitedNations && !holdsAcronym(u.First, u.Last) {
			return true
		}
	}
	return false
}

// tokenSpan is a span of the document's tokens, last exclusive.
type tokenSpan struct{ first, last int }

// unNamings returns where the document names the United Nations, in
// order: the mentions that have its gazetteer ID, and the tokens that are
// one of its acronyms (Генассамблее ООН, where the mention leaves the
// acronym out). Worked out once a document.
func (lk *linker) unNamings(acronyms []lang.Token) []tokenSpan {
	if !lk.unFound {
		lk.unFound = true
		for i := range lk.doc.Entities {
			if e := &lk.doc.Entities[i]; e.ID == unitedNations {
				lk.un = append(lk.un, tokenSpan{e.First, e.Last})
			}
		}
		// The acronyms' first two bytes, which few tokens start with: a
		// Cyrillic acronym's first byte alone is that of every other
		// Cyrillic word. A second byte may be the period of U.N.
		var firsts, seconds [256]bool
		seconds['.'] = true
		for _, a := range acronyms {
			if a.Text != "" {
				firsts[a.Text[0]] = true
			}
			if len(a.Text) > 1 {
				seconds[a.Text[1]] = true
			}
		}
		// The tokens from a local: the loop's call made it read the
		// document's tokens anew at every one.
		toks := lk.doc.Tokens
		for t := range toks {
			if text := toks[t].Text; (text == "" || firsts[text[0]] && (len(text) < 2 || seconds[text[1]])) && isUNAcronym(text, acronyms) {
				lk.un = append(lk.un, tokenSpan{t, t + 1})
			}
		}
		slices.SortStableFunc(lk.un, func(a, b tokenSpan) int { return a.first - b.first })
	}
	return lk.un
}

// isUNAcronym reports whether a token's text is one of the United
// Nations' acronyms, with or without periods.
func isUNAcronym(text string, acronyms []lang.Token) bool {
	for _, a := range acronyms {
		if equalUndotted(text, a.Text) {
			return true
		}
	}
	return false
}

// equalUndotted reports whether t is acronym, written with or without a
// period after each letter (U.N., UN), without allocating.
func equalUndotted(t, acronym string) bool {
	if len(t) < len(acronym) || len(t) > 2*len(acronym) {
		return false
	}
	k := 0
	for i := 0; i < len(t); i++ {
		if t[i] == '.' && k > 0 {
			continue
		}
		if k == len(acronym) || t[i] != acronym[k] {
			return false
		}
		k++
	}
	return k == len(acronym)
}

// unAcronyms returns the tokens of the United Nations' acronyms in l's
// language (BM, UN, ООН), each of one token, made on first use.
func (x *Linker) unAcronyms(l lang.Language) []lang.Token {
	if v, ok := x.unTokens.Load(l.Code()); ok {
		return v.([]lang.Token)
	}
	var out []lang.Token
	if un := x.gaz.ByID(unitedNations); un != nil {
		for _, n := range un.Names[l.Code()] {
			if toks := l.Tokenize(n); allCaps(n) && len(toks) == 1 {
				out = append(out, toks[0])
			}
		}
	}
	v, _ := x.unTokens.LoadOrStore(l.Code(), out)
	return v.([]lang.Token)
}

// wholeMatch returns the ID of the organization the gazetteer's matching
// finds in tokens, inflected or not, when the match covers them all and
// its best candidate is an organization no other candidate of that type
// ties with on prior; else "".
func wholeMatch(g *gazetteer.Gazetteer, tokens []lang.Token, l lang.Language) string {
	for _, m := range g.Match(tokens, l) {
		if m.First != 0 || m.Last != len(tokens) || len(m.Candidates) == 0 {
			continue
		}
		best := m.Candidates[0]
		if best.Type != string(annotation.Organization) {
			return ""
		}
		for _, c := range m.Candidates[1:] {
			if c.Type == best.Type && c.Prior == best.Prior && c.ID != best.ID {
				return ""
			}
		}
		return best.ID
	}
	return ""
}
