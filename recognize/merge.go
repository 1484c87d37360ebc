package recognize

import (
	"math"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// fills reports whether mt, a match of text outside the model's spans,
// fills in (fillable, or openingRegion at a window's first token).
func fills(mt gazetteer.Match, text string, l lang.Language) bool {
	return fillable(mt, text, l) || mt.First == 0 && openingRegion(mt, text, l)
}

// restoredFills is fills for the words' Norms, where a language restored
// them (lang.NormRestorer): "Isci Partisi" typed in ASCII names the İşçi
// Partisi, which its text, folded, does not spell.
func restoredFills(mt gazetteer.Match, text string, toks []lang.Token, l lang.Language) bool {
	norms := make([]string, len(toks))
	for i := range toks {
		norms[i] = lang.FoldToken(&toks[i], l)
	}
	restored := strings.Join(norms, " ")
	return restored != l.Fold(strings.Join(strings.Fields(text), " ")) && fills(mt, restored, l)
}

// mergeGazetteer appends to ents the mentions of one sentence starting at
// token off: the spans (found by source: "model", "prose" or "rule"), each
// given the gazetteer entry whose match covers exactly the same tokens
// (or those and the possessive a known name ends with: ownPossessive)
// with the same type, then the gazetteer matches that overlap no span. The
// model decides where it has an opinion (it has seen the gazetteer as
// features); the gazetteer fills in what it knows and the model missed,
// such as a known organization in an unusual context.
//
// A span from another source whose exact match has no entry of its type
// takes the type of the best entry instead: prose calls most organizations
// GPE (Gazprom, BRICS, G20), and the Russian rules guess types from
// capitalization and context, while the gazetteer knows.
//
// A trained model has seen the gazetteer as features, so what it leaves
// out is mostly right to leave out: after a model, only the matches that
// fillable allows fill in, and those that openingRegion allows at the
// window's first token (a sentence's first word).
func mergeGazetteer(ents []annotation.Entity, doc *annotation.Document, off int, spans []annotation.Span, source string, matches []gazetteer.Match, l lang.Language) []annotation.Entity {
	code, confirmed := l.Code(), confirmedBy(source)
	spans = splitAtHyphens(widenToMatches(spans, matches, doc.Tokens[off:]), matches, doc.Tokens[off:])
	j := 0 // next match
	emitMatchesBefore := func(limit int) {
		for ; j < len(matches) && matches[j].Last <= limit; j++ {
			mt := matches[j]
			if len(mt.Candidates) == 0 || source == "model" && !fills(mt, doc.Text[mt.Start:mt.End], l) &&
				!restoredFills(mt, doc.Text[mt.Start:mt.End], doc.Tokens[off+mt.First:off+mt.Last], l) {
				continue
			}
			best := mt.Candidates[0]
			e := doc.Mention(off+mt.First, off+mt.Last, annotation.Type(best.Type), best.Prior, "gazetteer")
			e.ID, e.Canonical = best.ID, best.Name(code)
			ents = append(ents, e)
		}
	}
	for _, sp := range spans {
		emitMatchesBefore(sp.First)
		e := doc.Mention(off+sp.First, off+sp.Last, sp.Type, sp.Score, source)
		// Skip the matches the span overlaps, keeping an exact one's entry.
		for ; j < len(matches) && matches[j].First < sp.Last; j++ {
			mt := matches[j]
			if mt.First != sp.First || mt.Last != sp.Last && !ownPossessive(doc.Tokens, off+sp.Last, mt.Last-sp.Last, l) || len(mt.Candidates) == 0 {
				continue
			}
			entry := mt.Candidates[0]
			if source == "model" {
				entry = nil
			}
			for _, c := range mt.Candidates {
				if annotation.Type(c.Type) == sp.Type {
					entry = c
					break
				}
			}
			if entry != nil {
				e.Type, e.ID, e.Canonical, e.Source = annotation.Type(entry.Type), entry.ID, entry.Name(code), confirmed
			}
		}
		ents = append(ents, e)
	}
	emitMatchesBefore(math.MaxInt)
	return ents
}

// ownPossessive reports whether the n tokens from toks[i] are l's
// possessive that stands inside names, the one token that a name ends with
// after the span (lang.PossessiveNames): the span McDonald is the known
// McDonald's, whose possessive the guidelines leave outside, as they leave
// it outside Brink's and Sainsbury's.
func ownPossessive(toks []lang.Token, i, n int, l lang.Language) bool {
	if n != 1 || i >= len(toks) {
		return false
	}
	pn := capsOf(l).possessiveNames
	return pn != nil && possessiveSuffix(&toks[i], pn, l)
}

// confirmedBy returns the Source of a mention that source found and the
// gazetteer confirmed ("model+gazetteer"), without an allocation per
// mention in the common case.
func confirmedBy(source string) string {
	if source == "model" {
		return "model+gazetteer"
	}
	return source + "+gazetteer"
}

// toOrganization makes e an organization of its own: the ID and canonical
// name it had were the person's or place's that it was read as.
func toOrganization(e *annotation.Entity) {
	e.Type, e.ID, e.Canonical = annotation.Organization, "", ""
}

// joinAdjacent replaces, in place, each mention and the one after it by
// the mention join makes of the two, where it makes one (a joined mention
// is not joined again), and returns ents so changed: the rules that join a
// name to the next one (a place to a body, a body to its namesake, two
// names in one pair of quotation marks) differ only in join. join is
// asked only of two mentions with at most one token between them (a
// hyphen, a comma, a coordinating word): every rule's join joins no
// others, and most mentions stand farther apart, where a call that
// returns a mention (fourteen words, on the stack) cost about a hundred
// instructions a pair, seven rules over every mention of a Russian
// document.
func joinAdjacent(ents []annotation.Entity, join func(a, b *annotation.Entity) (annotation.Entity, bool)) []annotation.Entity {
	out := ents[:0]
	for i := 0; i < len(ents); i++ {
		if i+1 < len(ents) && ents[i+1].First <= ents[i].Last+1 {
			if m, ok := join(&ents[i], &ents[i+1]); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		// Until a first join, each mention is already in its place: copying
		// a mention (five strings) costs write barriers while the collector
		// runs.
		if len(out) < i {
			out = append(out, ents[i])
		} else {
			out = out[:i+1]
		}
	}
	return out
}
