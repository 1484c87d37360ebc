package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// A name does not run across a quotation mark or bracket that it does not
// hold as a pair: in `Maria Lopez "Kalvador"` the quote opens a film's
// title after the person, in `"Kalvador" Peter Brandt` it closes one
// before him. A pair of quotes inside the name stays (Richard "Groove"
// Holmes); brackets always cut (an opening one by endsName, a closing one
// here: `Santa (Saint) Cecelia` is no one name). runMarks finds, in one run
// of tokens the model labelled as one name, the marks that cut it. What
// follows a cut is a name of its own only if it opens like one
// (opensName): in Wiki NER's mangled `Fildişi Sahilleri " nin` the rest is
// a suffix; and not if it is all of a quotation (quotation): "Kalvador"
// after Maria Lopez is her film.

// runMarks holds, for a run of tokens, where its marks are.
type runMarks struct {
	loneQuote int // the run's last double quote when it holds an odd number of them, else -1
	firstOpen int // the first «, -1 if none
	lastClose int // the last », -1 if none
}

// doubleQuote reports whether s is a double quotation mark that pairs with
// any other: straight quotes close themselves, and “ ” „ pair in either
// order (English “…”, German and Russian „…“).
func doubleQuote(s string) bool {
	switch s {
	case `"`, "“", "”", "„":
		return true
	}
	return false
}

// innerRun returns the run toks[i:j] less the punctuation at its edges,
// which a span never holds (appendSpan trims it): a quote the model ran in
// at an edge pairs with none of the span's.
func innerRun(toks []lang.Token, i, j int) (int, int) {
	for i < j && toks[i].Kind == lang.Punct {
		i++
	}
	for j > i && toks[j-1].Kind == lang.Punct {
		j--
	}
	return i, j
}

// marksOf finds the marks of the run toks[i:j], less its edges'
// punctuation (innerRun).
func marksOf(toks []lang.Token, i, j int) runMarks {
	i, j = innerRun(toks, i, j)
	r := runMarks{loneQuote: -1, firstOpen: -1, lastClose: -1}
	quotes, last := 0, -1
	for k := i; k < j; k++ {
		if toks[k].Kind != lang.Punct {
			continue
		}
		switch s := toks[k].Text; {
		case doubleQuote(s):
			quotes, last = quotes+1, k
		case s == "«" && r.firstOpen < 0:
			r.firstOpen = k
		case s == "»":
			r.lastClose = k
		}
	}
	if quotes%2 == 1 {
		r.loneQuote = last
	}
	return r
}

// cuts reports whether toks[k], in the run, is a mark the run does not
// hold as a pair: the odd double quote, a « with no » after it, a » with
// no « before it, or a bracket.
func (r *runMarks) cuts(toks []lang.Token, k int) bool {
	if toks[k].Kind != lang.Punct {
		return false
	}
	switch s := toks[k].Text; {
	case doubleQuote(s):
		return k == r.loneQuote
	case s == "«":
		return r.lastClose < k
	case s == "»":
		return r.firstOpen < 0 || r.firstOpen > k
	case s == "(", s == ")", s == "[", s == "]":
		return true
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
	switch open := toks[k].Text; {
	case doubleQuote(open):
		return doubleQuote(toks[j].Text)
	case open == "«":
		return toks[j].Text == "»"
	}
	return false
}
