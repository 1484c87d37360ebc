package relation

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestIsQuoteMark checks that the marks buildUnits lists for pairQuotes
// are all those closingQuote opens with or closes with.
func TestIsQuoteMark(t *testing.T) {
	for _, s := range []string{"“", "”", "«", "»", "„", "\"", "'", "‘", "’", "‹", "›", "a", ""} {
		if c := closingQuote(s); c != "" && (!isQuoteMark(s) || !isQuoteMark(c)) {
			t.Errorf("%q opens a quote closed by %q: isQuoteMark %v, %v", s, c, isQuoteMark(s), isQuoteMark(c))
		}
	}
}

// TestPairQuotes compares pairQuotes, which visits the quote marks alone,
// with a pairing that visits every unit, on random texts of quote marks,
// words, entities and line breaks.
func TestPairQuotes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tokens := []string{"“", "”", "«", "»", "„", "\"", "x", "y", "ENT"}
	for range 2000 {
		var text strings.Builder
		var units []unit
		var marks []int
		for range rng.IntN(30) {
			if rng.IntN(6) == 0 {
				text.WriteString("\n")
			} else {
				text.WriteString(" ")
			}
			tok := tokens[rng.IntN(len(tokens))]
			u := unit{ent: -1, norm: tok, start: text.Len(), quoteEnd: -1}
			if tok == "ENT" { // an entity with a line break inside
				u = unit{ent: 0, start: text.Len(), quoteEnd: -1}
				tok = "A\nB"
			}
			text.WriteString(tok)
			u.end = text.Len()
			if isQuoteMark(u.norm) {
				marks = append(marks, len(units))
			}
			units = append(units, u)
		}
		want := slices.Clone(units)
		pairQuotesEachUnit(want, text.String())
		pairQuotes(units, marks, text.String())
		if !slices.Equal(units, want) {
			t.Fatalf("%q: pairQuotes gives %v, want %v", text.String(), units, want)
		}
	}
}

// pairQuotesEachUnit is pairQuotes as it was before buildUnits listed the
// quote marks: it tests every unit.
func pairQuotesEachUnit(units []unit, text string) {
	var open []int
	for i := range units {
		u := &units[i]
		if len(open) > 0 && i > 0 && strings.IndexByte(text[units[i-1].end:u.start], '\n') >= 0 {
			open = slices.DeleteFunc(open, func(o int) bool { return units[o].norm == "\"" })
		}
		if u.ent >= 0 {
			continue
		}
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

// TestBuildUnits compares buildUnits, which takes the tokens a sentence
// at a time, with buildUnitsEachToken, which finds each token's sentence,
// on random documents: tokens outside every sentence, empty sentences,
// entities that overlap, cross a sentence's end or a batch's, and are out
// of order, apostrophe suffixes and quote marks, in batches of any range.
func TestBuildUnits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	p := &Patterns{SuffixCases: map[string]string{"'in": "Gen", "'de": "Loc"}}
	words := []string{"x", "y", "“", "”", "\"", "'in", "'de"}
	for range 3000 {
		doc := &annotation.Document{}
		n := rng.IntN(40)
		var text strings.Builder
		for range n {
			w := words[rng.IntN(len(words))]
			kind := lang.Word
			if w[0] == '\'' {
				kind = lang.Suffix
			}
			text.WriteString([]string{" ", "\n"}[rng.IntN(2)])
			doc.Tokens = append(doc.Tokens, lang.Token{Text: w, Norm: w, Kind: kind, Start: text.Len(), End: text.Len() + len(w)})
			text.WriteString(w)
		}
		doc.Text = text.String()
		for t := rng.IntN(3); t < n; {
			last := min(n, t+rng.IntN(8))
			doc.Sentences = append(doc.Sentences, lang.Sentence{First: t, Last: last})
			t = last + rng.IntN(3)
		}
		for range rng.IntN(8) {
			first := rng.IntN(n + 1)
			last := min(n, first+rng.IntN(4))
			types := []annotation.Type{annotation.Person, annotation.Location, annotation.Organization, "MISC"}
			doc.Entities = append(doc.Entities, annotation.Entity{Type: types[rng.IntN(len(types))], First: first, Last: last})
		}
		sorted := rng.IntN(2) == 0
		if sorted {
			slices.SortFunc(doc.Entities, func(a, b annotation.Entity) int { return a.First - b.First })
		}
		first := rng.IntN(n + 1)
		last := first + rng.IntN(n-first+1)
		got, want := &matcherBuffers{sortedByFirst: sorted}, &matcherBuffers{analyses: analysisMemo{}, sortedByFirst: sorted}
		got.analyzeWith(stubLanguage{})
		units := slices.Clone(buildUnits(doc, stubLanguage{}, p, got, first, last))
		wantUnits := buildUnitsEachToken(doc, stubLanguage{}, p, want, first, last)
		if !slices.Equal(units, wantUnits) || !slices.Equal(got.entStarts, want.entStarts) ||
			!slices.Equal(got.quoteMarks, want.quoteMarks) || !slices.Equal(got.runs, want.runs) {
			t.Fatalf("tokens [%d, %d) of %+v:\nunits %v\nwant  %v\nruns %v, want %v", first, last, doc, units, wantUnits, got.runs, want.runs)
		}
	}
}

// stubLanguage is a language whose tokens come folded (Token.Norm), with
// no morphology: buildUnits asks it nothing.
type stubLanguage struct{ lang.Language }

// buildUnitsEachToken is buildUnits as it was before it took the tokens a
// sentence at a time: it finds the sentence of each token.
func buildUnitsEachToken(doc *annotation.Document, l lang.Language, p *Patterns, b *matcherBuffers, first, last int) []unit {
	toks := doc.Tokens
	units := b.units[:0]
	b.entAt = resize(b.entAt, last-first) // first token - first → entity, or -1
	entAt := b.entAt
	for t := range entAt {
		entAt[t] = -1
	}
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
		if entAt[e.First-first] < 0 {
			entAt[e.First-first] = i
		}
	}
	// The sentence of token t is the first that ends after it (the
	// sentences are in order), found as t goes.
	sents := doc.Sentences
	si := sort.Search(len(sents), func(i int) bool { return sents[i].Last > first })
	oblique, _ := l.(lang.ObliqueNames)
	units = slices.Grow(units, last-first)
	ents, marks, runs := b.entStarts[:0], b.quoteMarks[:0], b.runs[:0]
	prevSent := -1
	for t := first; t < last; {
		for si < len(sents) && sents[si].Last <= t {
			si++
		}
		tk, sent := &toks[t], si
		if len(units) == 0 || sent != prevSent {
			runs = append(runs, sentenceRun{sent: sent, units: len(units), ents: len(ents)})
			prevSent = sent
		}
		ei := entAt[t-first]
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
			u.start, u.end, u.sent, u.tok, u.quoteEnd = tk.Start, tk.End, sent, t, -1
			t++
			continue
		}
		e := &doc.Entities[ei]
		cas, end, next := "Nom", toks[e.Last-1].End, e.Last
		if next < last && toks[next].Kind == lang.Suffix {
			cas, end = suffixCase(&toks[next], l, p, b.analyses), toks[next].End
			next++
		} else if oblique != nil && e.Type == annotation.Person && oblique.ObliquePerson(e.Text) {
			cas = obliqueCase // its ending says it is no subject (Russian Сергея Лаврова)
		}
		ents = append(ents, len(units))
		units = append(units, unit{ent: ei, types: typeOf(e.Type), cas: cas, start: tk.Start, end: end, sent: sent, tok: t, quoteEnd: -1})
		t = next
	}
	b.entStarts, b.quoteMarks, b.runs = ents, marks, runs
	pairQuotes(units, marks, doc.Text)
	return units
}
