package recognize

import (
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// joinInitials widens each person mention over the initials just before
// it in its sentence ("B. Hakan", "M. Ali Yavuz", "D. Lawrence
// Hartwell"): an initial is one capital letter followed by a full stop,
// as one token ("B.") or two ("B" "."), as text given pre-tokenized often
// has it. The tagger tends to start the name after the initial, and news
// annotation keeps the initial in the name. A token another mention
// holds is not taken. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// the Milliyet dev split 0.8398 → 0.8429 (11 names gain their initial,
// one wrongly); NTREX Turkish dev and Turkish Wiki NER dev unchanged
// (their tokenizations keep "B." whole and the tagger already takes it).
func joinInitials(doc *annotation.Document, ents []annotation.Entity) {
	s := 0 // the sentence of the current mention
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person {
			continue
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
		}
		floor := 0
		if s < len(doc.Sentences) {
			floor = doc.Sentences[s].First
		}
		if i > 0 {
			floor = max(floor, ents[i-1].Last)
		}
		first := e.First
		for {
			n := initialBefore(doc.Tokens, first, floor)
			if n == 0 {
				break
			}
			first -= n
		}
		if first != e.First {
			m := doc.Mention(first, e.Last, e.Type, e.Score, e.Source)
			m.ID, m.Canonical = e.ID, e.Canonical
			*e = m
		}
	}
}

// initialBefore returns how many tokens before toks[at] make an initial
// (1 for "B.", 2 for "B" "."), or 0, taking no token before floor.
func initialBefore(toks []lang.Token, at, floor int) int {
	if at-1 < floor {
		return 0
	}
	if t := toks[at-1].Text; len(t) > 1 && t[len(t)-1] == '.' && isCapitalLetter(t[:len(t)-1]) {
		return 1
	}
	if at-2 >= floor && toks[at-1].Text == "." && isCapitalLetter(toks[at-2].Text) {
		return 2
	}
	return 0
}

// isCapitalLetter reports whether s is one upper-case letter. Rules ask
// it of many words: their length and first byte answer most in line.
func isCapitalLetter(s string) bool {
	switch {
	case len(s) == 1:
		return s[0]-'A' < 26
	case len(s) == 0 || len(s) > utf8.UTFMax || s[0] < utf8.RuneSelf:
		return false // no rune, more than one, or an ASCII one and more
	}
	r, n := lang.DecodeRune(s)
	return n == len(s) && lang.IsUpper(r)
}
