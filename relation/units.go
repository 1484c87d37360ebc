package relation

import (
	"slices"
	"sort"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// unit is what relation patterns match against: one token, or one whole
// entity mention together with the apostrophe suffix that follows it
// (Çin + 'in is one unit of case Gen).
type unit struct {
	ent        int     // index into annotation.Document.Entities, or -1 for a plain token
	norm       string  // folded token text (plain tokens only)
	cas        string  // grammatical case of an entity unit: "Nom", "Gen", "LocKi", ...
	start, end int     // byte offsets, the suffix included
	sent       int     // sentence index
	tok        int     // first token index
	quoteEnd   int     // for an opening quote mark: the unit index of its closing mark, else -1
	types      typeSet // the type of an entity unit (none for a type Patterns do not name)
	suffix     bool    // the token is an apostrophe suffix not attached to an entity (CEO'su)
	// (types and suffix last, together: 88 bytes a unit, where apart they
	// padded it to 96.)
}

// buildUnits turns the document's tokens [first, last) into units,
// sentence by sentence, appended to units. Entities that overlap an earlier entity or do not
// align with tokens are left out of relation extraction. As it goes, it
// lists in b the entity units, the quote marks and where sentences start,
// for pairQuotes and startUnits, whose passes over all the units took a
// tenth of relation.Extract (listing as it goes saves 3% on English and
// Russian news, 7% on Turkish).
func buildUnits(doc *annotation.Document, l lang.Language, p *Patterns, b *matcherBuffers, first, last int) []unit {
	toks := doc.Tokens
	units := b.units[:0]
	// entAt[t-first] is 1 + the entity that starts at token t, or 0: cleared
	// at once, where a loop wrote -1 to each.
	b.entAt = resize(b.entAt, last-first)
	entAt := b.entAt
	clear(entAt)
	// When the entities are sorted by First (the pipeline's are), only
	// those from the batch's first token on are looked at, so batches cost
	// their own entities alone; otherwise every entity is.
	from, sorted := 0, b.sortedByFirst
	if sorted {
		from = sort.Search(len(doc.Entities), func(i int) bool { return doc.Entities[i].First >= first })
	}
	for i := from; i < len(doc.Entities) && (!sorted || doc.Entities[i].First < last); i++ {
		e := &doc.Entities[i]
		if e.First < first || e.Last > last || e.First >= e.Last {
			continue
		}
		if entAt[e.First-first] == 0 {
			entAt[e.First-first] = i + 1
		}
	}
	// The sentence of token t is the first that ends after it (the
	// sentences are in order): the tokens are taken a sentence at a time,
	// each a run, where finding each token's sentence and testing it for a
	// new run took a third of buildUnits.
	sents := doc.Sentences
	si := sort.Search(len(sents), func(i int) bool { return sents[i].Last > first })
	oblique, _ := l.(lang.ObliqueNames)
	units = slices.Grow(units, last-first)
	ents, marks, runs := b.entStarts[:0], b.quoteMarks[:0], b.runs[:0]
	for t := first; t < last; {
		for si < len(sents) && sents[si].Last <= t {
			si++ // an entity may end past its sentence's end
		}
		sentEnd := last
		if si < len(sents) {
			sentEnd = min(sentEnd, sents[si].Last)
		}
		runs = append(runs, sentenceRun{sent: si, units: len(units), ents: len(ents)})
		for t < sentEnd {
			tk := &toks[t]
			ei := entAt[t-first] - 1
			if ei < 0 {
				norm := lang.FoldToken(tk, l)
				if isQuoteMark(norm) {
					marks = append(marks, len(units))
				}
				// A plain token's unit (most units) is written field by field
				// in its place (slices.Grow made room for a unit a token): a
				// literal appended was made and then copied in, 88 bytes
				// written twice, a tenth of buildUnits.
				units = units[:len(units)+1]
				u := &units[len(units)-1]
				u.ent, u.types, u.norm, u.cas, u.suffix = -1, 0, norm, "", tk.Kind == lang.Suffix
				u.start, u.end, u.sent, u.tok, u.quoteEnd = tk.Start, tk.End, si, t, -1
				t++
				continue
			}
			e := &doc.Entities[ei]
			cas, end, next := "Nom", toks[e.Last-1].End, e.Last
			if next < last && toks[next].Kind == lang.Suffix {
				cas, end = b.suffixCase(&toks[next], l, p), toks[next].End
				next++
			} else if oblique != nil && e.Type == annotation.Person && oblique.ObliquePerson(e.Text) {
				cas = obliqueCase // its ending says it is no subject (Russian Сергея Лаврова)
			}
			ents = append(ents, len(units))
			units = append(units, unit{ent: ei, types: typeOf(e.Type), cas: cas, start: tk.Start, end: end, sent: si, tok: t, quoteEnd: -1})
			t = next
		}
	}
	b.entStarts, b.quoteMarks, b.runs = ents, marks, runs
	pairQuotes(units, marks, doc.Text)
	return units
}

// obliqueCase is the case of a person's mention whose own ending says it
// is not in the nominative (lang.ObliqueNames): any case a pattern names
// but "Nom", and every pattern that names none.
const obliqueCase = "Obl"

// suffixCase is suffixCase memoized by the suffix's folded form in
// b.suffixCases (kept and bounded as b.analyses is): a document's names
// take few suffixes ('in, 'de, 'nın), each of which looked the language's
// table up and then its analyses' memo, both maps, and made the cases
// with -ki anew.
func (b *matcherBuffers) suffixCase(tk *lang.Token, l lang.Language, p *Patterns) string {
	norm := lang.FoldToken(tk, l)
	if c, ok := b.suffixCases[norm]; ok {
		return c
	}
	c := suffixCase(tk, l, p, b.analyses)
	b.suffixCases[strings.Clone(norm)] = c // the memo outlives the document norm may be part of
	return c
}

// suffixCase names the case an apostrophe suffix marks: the language's
// table first (derivational suffixes such as -li, English 's), then the
// morphology's reading of the bare suffix. A relative -ki is kept with
// the case it follows ("LocKi" for 'daki).
func suffixCase(tk *lang.Token, l lang.Language, p *Patterns, memo analysisMemo) string {
	norm := lang.FoldToken(tk, l)
	if c, ok := p.SuffixCases[norm]; ok {
		return c
	}
	for _, a := range memo.analyze(l, norm) {
		if a.Stem != "" || len(a.Suffixes) == 0 {
			continue
		}
		s := a.Suffixes
		if s[len(s)-1] == "Ki" && len(s) >= 2 {
			return s[len(s)-2] + "Ki"
		}
		if a.Case != "" {
			return a.Case
		}
	}
	return "Other"
}

// pairQuotes links each opening quote mark to its closing one, of the
// quote marks at units marks. Curly and angle quotes pair by kind;
// straight double quotes pair in order, within a line: news text is a
// paragraph a line, and a quote left open on one line (a stray mark, or a
// quotation running on into the next paragraph, which opens again there)
// would otherwise pair every straight quote after it with the wrong mark,
// as far as the text goes.
func pairQuotes(units []unit, marks []int, text string) {
	var open []int
	isStraight := func(o int) bool { return units[o].norm == "\"" }
	for k, i := range marks {
		if k > 0 && slices.ContainsFunc(open, isStraight) && lineBreakBetween(units, text, marks[k-1], i) {
			open = slices.DeleteFunc(open, isStraight)
		}
		u := &units[i]
		if n := len(open); n > 0 && u.norm == closingQuote(units[open[n-1]].norm) {
			units[open[n-1]].quoteEnd = i
			open = open[:n-1]
			continue
		}
		if closingQuote(u.norm) != "" && u.norm != "”" {
			open = append(open, i)
		}
	}
}

// lineBreakBetween reports whether a line ends in a space between two
// units of from..to (not inside an entity's).
func lineBreakBetween(units []unit, text string, from, to int) bool {
	for k := from + 1; k <= to; k++ {
		if strings.IndexByte(text[units[k-1].end:units[k].start], '\n') >= 0 {
			return true
		}
	}
	return false
}

// isQuoteMark reports whether norm is a quote mark that pairQuotes pairs:
// one that opens a quote (closingQuote) or closes one.
func isQuoteMark(norm string) bool {
	switch norm {
	case "“", "”", "«", "»", "„", "\"":
		return true
	}
	return false
}

// closingQuote returns the quote mark that closes open, or "" when open
// is not an opening quote mark.
func closingQuote(open string) string {
	switch open {
	case "“":
		return "”"
	case "«":
		return "»"
	case "„":
		return "“"
	case "\"":
		return "\""
	}
	return ""
}

// wordMatches reports whether a plain unit matches one word of a trigger
// phrase: "x" the folded word itself, "x*" any word starting with x, "x+"
// any inflection of the stem x (by the language's morphology).
func (m *matcher) wordMatches(u *unit, w string) bool {
	if u.ent >= 0 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "*"):
		return strings.HasPrefix(u.norm, w[:len(w)-1])
	case strings.HasSuffix(w, "+"):
		return m.hasStem(u.norm, w[:len(w)-1])
	}
	return u.norm == w
}

func (m *matcher) hasStem(norm, stem string) bool {
	if norm == stem {
		return true
	}
	if !strings.HasPrefix(norm, m.p.StemPrefix(stem)) {
		return false
	}
	for _, a := range m.analyses.analyze(m.l, norm) {
		if a.Stem == stem {
			return true
		}
	}
	return false
}

// analysisMemo is the language's Analyze, memoized: words, and the
// apostrophe suffixes after names, recur within a document and from one
// document to the next (see matcherBuffers.analyses).
type analysisMemo map[string][]lang.Analysis

func (memo analysisMemo) analyze(l lang.Language, norm string) []lang.Analysis {
	if as, ok := memo[norm]; ok {
		return as
	}
	norm = strings.Clone(norm) // the memo outlives the document norm may be part of, and so may its stems
	as := l.Analyze(norm)
	memo[norm] = as
	return as
}
