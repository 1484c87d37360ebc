package relation

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
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
