package ner

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// addGazetteerSpans adds the organizations of the gazetteer that the model
// missed: a match whose best candidate is an ORGANIZATION, that overlaps no
// model span and looks like a name (plausibleName); a match that does
// overlap may correct the span's type (retype) or, when MISC, yield to
// the organization (nameBeforeCommonWords). The model already sees
// gazetteer membership as a feature; this recovers acronyms and
// institutions it did not learn (AB, Yargıtay). Only
// organizations: adding places and people the same way lowered F1 on
// held-out data, since the model's rejections of those are usually right
// (Ordu the army, Kartal the bird). The span's score is the entry's prior
// scaled below the model's typical confidence.
func (m *Model) addGazetteerSpans(toks []lang.Token, b *tagBuffers, spans []annotation.Span) []annotation.Span {
	matches := b.gaz
	if len(matches) == 0 {
		return spans
	}
	var out []annotation.Span
	k := 0
	for _, mt := range matches {
		if len(mt.Candidates) == 0 || mt.First < 0 || mt.Last > len(toks) || mt.First >= mt.Last {
			continue
		}
		for k < len(spans) && spans[k].Last <= mt.First {
			k++
		}
		if k < len(spans) && spans[k].First < mt.Last {
			if !nameBeforeCommonWords(&spans[k], mt, b.attrs) {
				retype(&spans[k], mt)
			}
			continue
		}
		if !plausibleName(b.attrs, mt.First, mt.Last) {
			continue
		}
		c := mt.Candidates[0]
		typ := annotation.Type(c.Type)
		if typ != annotation.Organization {
			continue
		}
		out = append(out, annotation.Span{First: mt.First, Last: mt.Last, Type: typ, Score: 0.3 + 0.4*c.Prior})
	}
	if len(out) == 0 {
		return spans
	}
	return mergeSpans(spans, out)
}

// retype gives a model span other than MISC the gazetteer's type when the
// model was unsure (score below 0.5) and the gazetteer is not: the match covers
// exactly the span's tokens, every candidate has the same type and the best
// has a prior of at least 0.8 ("(Xinhua)" after a dateline is the agency,
// not a place), or of 0.6 for a name of two tokens or more, which is
// seldom anything else (Der Spiegel, a person to the English model; no dev
// row moved, December 7, fifth session).
func retype(sp *annotation.Span, mt gazetteer.Match) {
	minPrior := 0.8
	if mt.Last-mt.First > 1 {
		minPrior = 0.6
	}
	if sp.Type == annotation.Misc || sp.First != mt.First || sp.Last != mt.Last || sp.Score >= 0.5 || mt.Candidates[0].Prior < minPrior {
		return
	}
	typ := annotation.Type(mt.Candidates[0].Type)
	if typ != annotation.Person && typ != annotation.Location && typ != annotation.Organization {
		return
	}
	for _, c := range mt.Candidates[1:] {
		if annotation.Type(c.Type) != typ {
			return
		}
	}
	sp.Type = typ
}

// plausibleName reports whether tokens first..last-1 look like a name on
// their own: capitalized; at the start of a sentence, not a single
// dictionary word ("Ama") and a word usually capitalized elsewhere too.
// Inside a sentence the capital is what counts: "Meclis" there is the
// parliament, not an assembly (Milliyet dev split F1 0.8110 → 0.8138 when
// this was allowed, Turkish Wiki NER dev level).
func plausibleName(attrs []tokenAttrs, first, last int) bool {
	a := &attrs[first]
	if !isCapitalized(a.cls) {
		return false
	}
	if a.cls == clsAllCaps || !a.first {
		return true
	}
	if last-first == 1 && a.lex&uint16(CommonWord) != 0 {
		return false
	}
	return a.lex&capMask == 0 || a.lex&capMask >= 5
}

// mergeSpans merges two token-ordered, non-overlapping span lists that do
// not overlap each other: in a's array when it has room for both (it was
// sized for the gazetteer's matches too), merging from the back so that
// no span of a is overwritten before it is moved.
func mergeSpans(a, b []annotation.Span) []annotation.Span {
	if n := len(a) + len(b); cap(a) >= n {
		out := a[:n]
		i, j := len(a)-1, len(b)-1
		for k := n - 1; j >= 0; k-- {
			if i >= 0 && a[i].First >= b[j].First {
				out[k] = a[i]
				i--
			} else {
				out[k] = b[j]
				j--
			}
		}
		return out
	}
	out := make([]annotation.Span, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && a[i].First < b[j].First) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// nameBeforeCommonWords turns a MISC span that a known organization
// starts and only lower-case words, if any, end into the organization. It
// reports whether it did. With common words after it, the name is the
// part that counts: "DSP barajı", the party's election threshold, was
// tagged like the name of a dam. Alone, the name is the organization news
// means: Turkish Wiki NER tags parties, newspapers and the White House as
// NORP, WORK_OF_ART or FAC, all MISC here (on the Milliyet dev split F1
// 0.8055 → 0.8110, on Wiki NER dev level). Only organizations: for places
// and people it changed nothing on Turkish Wiki NER dev.
func nameBeforeCommonWords(sp *annotation.Span, mt gazetteer.Match, attrs []tokenAttrs) bool {
	if sp.Type != annotation.Misc || sp.First != mt.First || mt.Last > sp.Last || !plausibleName(attrs, mt.First, mt.Last) {
		return false
	}
	for t := mt.Last; t < sp.Last; t++ {
		if attrs[t].cls != clsLower {
			return false
		}
	}
	c := mt.Candidates[0]
	if annotation.Type(c.Type) != annotation.Organization {
		return false
	}
	*sp = annotation.Span{First: mt.First, Last: mt.Last, Type: annotation.Type(c.Type), Score: 0.3 + 0.4*c.Prior}
	return true
}
