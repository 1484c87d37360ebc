package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// cleanCapsMentions corrects, in the sentences written in capitals only
// (three words or more, none with a lower-case letter: a headline), what
// the tagger and the rules make of capitals, which every word has there:
//   - a one-word mention that is one of the language's function words
//     (lang.ClosedClassWords) is dropped: "WHO", "IT" and "AM" spell
//     acronyms the gazetteer and the tagger know, but in a headline they
//     are the words ("THE EXPERT WHO PLAYED THE CARILLON");
//   - so is a one-word day or month ("STANDINGS AFTER TUESDAY 'S GAMES"),
//     and a mention that opens with an apostrophe: a quotation's mark or
//     a contraction ("'LOOKING LIKE MUPPETS '", "THEY 'LL");
//   - a mention over a dash keeps what follows it: a desk's slug opens a
//     headline ("RUGBY UNION - WASPS SIGN LOCK");
//   - a mention that runs on over a possessive is cut before it, where the
//     language writes the possessive as a word of its own
//     (lang.PossessiveNames): "SAINSBURY 'S PLANS", "COUNTRY 'S NAME",
//     whose owned words no capital tells from a name's.
//
// ents are sorted and stay so.
func cleanCapsMentions(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	cc := capsOf(l).closedClassWords
	if cc == nil || len(doc.Sentences) == 0 {
		return ents
	}
	pn := capsOf(l).possessiveNames
	np := capsOf(l).namePrepositions
	toks := doc.Tokens
	out := ents[:0]
	s, caps := -1, false // the sentence of the current mention, and whether it is in capitals
	for i := range ents {
		e := ents[i]
		for s < 0 || s+1 < len(doc.Sentences) && doc.Sentences[s].Last <= e.First {
			s++
			caps = capsSentence(toks[doc.Sentences[s].First:doc.Sentences[s].Last])
		}
		if caps {
			norm := lang.FoldToken(&toks[e.First], l)
			if e.Last-e.First == 1 && (cc.ClosedClass(norm) || np != nil && np.CalendarWord(norm)) ||
				startsApostrophe(toks[e.First].Text) {
				continue
			}
			for p := e.Last - 2; p > e.First; p-- {
				if t := toks[p].Text; t == "-" || t == "–" {
					// "RUGBY UNION - WASPS SIGN": the desk's slug before the
					// dash is no part of the name.
					e = doc.Mention(p+1, e.Last, e.Type, e.Score, e.Source+"+rule")
					break
				}
			}
			if pn != nil {
				for p := e.First + 1; p+1 < e.Last; p++ {
					if possessiveToken(&toks[p], pn, l) {
						e = doc.Mention(e.First, p, e.Type, e.Score, e.Source+"+rule")
						break
					}
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// capsSentence reports whether toks have three words or more and none
// with a lower-case letter.
func capsSentence(toks []lang.Token) bool {
	caps, _, ok := countCaps(toks, 0)
	return ok && caps >= 3
}

// countCaps counts the words (and abbreviations) of toks with no
// lower-case letter (caps) and those with one (mixed); it stops, with ok
// false, once mixed passes maxMixed, so that text in ordinary case is
// told at its first words.
func countCaps(toks []lang.Token, maxMixed int) (caps, mixed int, ok bool) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		if hasLower(t.Text) {
			if mixed++; mixed > maxMixed {
				return caps, mixed, false
			}
			continue
		}
		caps++
	}
	return caps, mixed, true
}
