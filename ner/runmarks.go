package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// A name does not run across a quotation mark or bracket that it does not
// hold as a pair: in `Maria Lopez "Kalvador"` the quote opens a film's
// title after the person, in `"Kalvador" Peter Brandt` it closes one before
// him. A pair inside the name stays (Richard "Groove" Holmes). runMarks
// finds, in one run of tokens the model labelled as one name, the marks
// that cut it; opening brackets cut a name anyway (endsName). What follows
// a cut is a name of its own only if it opens like one (opensName): in
// Wiki NER's mangled `Fildişi Sahilleri " nin` the rest is a suffix; and
// not if it is all of a quotation (quotation): "Kalvador" after Warren
// Lopez is his film.

// markPairs are the opening and closing marks that runMarks pairs, besides
// straight double quotes, which close themselves.
var markPairs = [...][2]string{{"“", "”"}, {"«", "»"}, {"(", ")"}, {"[", "]"}}

// runMarks holds, for a run of tokens, where its marks are.
type runMarks struct {
	loneStraight int                 // the last straight quote when the run holds an odd number of them, else -1
	firstOpen    [len(markPairs)]int // per pair, the first opening mark, -1 if none
	lastClose    [len(markPairs)]int // per pair, the last closing mark, -1 if none
}

// marksOf finds the marks of the run toks[i:j]. A quotation mark just
// before the run counts with it: the name may open with a quoted part that
// the model left out of the run ("Hans" Geiger).
func marksOf(toks []lang.Token, i, j int) runMarks {
	if i > 0 && toks[i-1].Kind == lang.Punct {
		switch toks[i-1].Text {
		case `"`, "“", "«":
			i--
		}
	}
	r := runMarks{loneStraight: -1}
	for p := range markPairs {
		r.firstOpen[p], r.lastClose[p] = -1, -1
	}
	straight, last := 0, -1
	for k := i; k < j; k++ {
		if toks[k].Kind != lang.Punct {
			continue
		}
		if toks[k].Text == `"` {
			straight, last = straight+1, k
			continue
		}
		for p, pair := range markPairs {
			switch toks[k].Text {
			case pair[0]:
				if r.firstOpen[p] < 0 {
					r.firstOpen[p] = k
				}
			case pair[1]:
				r.lastClose[p] = k
			}
		}
	}
	if straight%2 == 1 {
		r.loneStraight = last
	}
	return r
}

// cuts reports whether toks[k], in the run, is a mark the run does not
// hold as a pair: the odd straight quote, an opening mark with no closing
// one after it, a closing mark with no opening one before it.
func (r *runMarks) cuts(toks []lang.Token, k int) bool {
	if toks[k].Kind != lang.Punct {
		return false
	}
	if toks[k].Text == `"` {
		return k == r.loneStraight
	}
	for p, pair := range markPairs {
		switch toks[k].Text {
		case pair[0]:
			return r.lastClose[p] < k
		case pair[1]:
			return r.firstOpen[p] < 0 || r.firstOpen[p] > k
		}
	}
	return false
}

// opensName reports whether the first token of toks[k:end] that may
// start a name begins with a capital letter or a digit.
func opensName(toks []lang.Token, k, end int) bool {
	for ; k < end; k++ {
		if edgeKind(toks[k].Kind) {
			r, _ := utf8.DecodeRuneInString(toks[k].Text)
			return unicode.IsUpper(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// quotation reports whether the piece toks[k:end] of a run that ends at j
// is all of a quotation: it opens with a quotation mark, runs to the end
// of the run, and the token after the run closes the quote.
func quotation(toks []lang.Token, k, end, j int) bool {
	if end != j || j >= len(toks) || toks[j].Kind != lang.Punct {
		return false
	}
	switch toks[k].Text {
	case `"`:
		return toks[j].Text == `"`
	case "“":
		return toks[j].Text == "”"
	case "«":
		return toks[j].Text == "»"
	}
	return false
}
