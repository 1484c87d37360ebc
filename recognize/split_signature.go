package recognize

import (
	"sort"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// splitSignatures cuts a person's name off the firm an e-mail signature
// line runs it into, by the line's own e-mail address: where the address's
// local part, cut at its dots, underscores and hyphens, spells the first
// two or more words of a person's or an organization's mention
// ("Kevin A. Boone Accenture ... Kevin.A.Boone@accenture.com", "Vangie
// McGilloway Constellation Power Source , Inc. ... vangie.mcgilloway@..."),
// those words are the person and the capitalized rest of the mention an
// organization. ents are sorted and non-overlapping, and stay so. The
// organizations it cuts off are not spread to the name's other mentions:
// a signature's firm is the one line's.
//
// It goes from each "@" of the document's text to its sentence and token
// by byte offset (atTokens), so that its work grows with the "@"s, not
// with the document: a long document has an "@" somewhere, and reading
// every token of every sentence for one cost 9.8M instructions on 1.5 MB
// of news as one document. A token's text is the document's, in another
// case at most, so the tokens with an "@" are those whose bytes in the
// text hold one.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7854 → 0.7877 (Kevin A. Boone and
// Accenture, Vangie McGilloway); NTREX English dev (0.8695, -doc 10
// 0.8933), GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func splitSignatures(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the sentence's start
	ats := atTokens{doc: doc, off: strings.IndexByte(doc.Text, '@')}
	for ats.off >= 0 {
		s := ats.sentence()
		if s == nil {
			break
		}
		var locals [][]string
		for k := ats.next(s); k >= 0; k = ats.next(s) {
			t := toks[k].Text
			at := strings.IndexByte(t, '@')
			if at <= 0 || at == len(t)-1 {
				continue
			}
			parts := strings.FieldsFunc(strings.ToLower(t[:at]), func(r rune) bool { return r == '.' || r == '_' || r == '-' })
			if len(parts) >= 2 {
				locals = append(locals, parts)
			}
		}
		if locals == nil {
			continue
		}
		for j < len(ents) && ents[j].Last <= s.First {
			j++
		}
		for i := j; i < len(ents) && ents[i].First < s.Last; i++ {
			e := &ents[i]
			if e.Type != annotation.Person && e.Type != annotation.Organization || e.ID != "" {
				continue
			}
			for _, parts := range locals {
				end := spelled(toks[:e.Last], e.First, parts)
				if end < 0 || end >= e.Last || !capitalizedWord(&toks[end]) {
					continue
				}
				org := doc.Mention(end, e.Last, annotation.Organization, e.Score, "rule")
				added = append(added, org)
				*e = doc.Mention(e.First, end, annotation.Person, e.Score, e.Source)
				break
			}
		}
	}
	if added == nil {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// atTokens walks a document's tokens that hold an "@", in order, from the
// "@"s of its text: off is the byte offset of the next "@" not yet passed,
// -1 past the last. The sentences and their tokens are sorted by offset,
// and each "@" is found in them by binary search.
type atTokens struct {
	doc *annotation.Document
	off int
	si  int // no sentence before doc.Sentences[si] holds off
}

// sentence returns the first sentence that ends after off, which holds
// the next token with an "@" if any does, or nil if none ends after it.
func (a *atTokens) sentence() *lang.Sentence {
	rest := a.doc.Sentences[a.si:]
	a.si += sort.Search(len(rest), func(i int) bool { return rest[i].End > a.off })
	if a.si == len(a.doc.Sentences) {
		a.off = -1
		return nil
	}
	return &a.doc.Sentences[a.si]
}

// next returns the index of s's next token whose bytes hold off, moving
// off to the first "@" after that token, or -1 once off is past s (the
// tokens of s hold no more "@"s). An "@" outside every token is passed.
func (a *atTokens) next(s *lang.Sentence) int {
	toks := a.doc.Tokens
	for a.off >= 0 && a.off < s.End {
		k := s.First + sort.Search(s.Last-s.First, func(i int) bool { return toks[s.First+i].End > a.off })
		from := a.off + 1
		if k < s.Last && toks[k].Start <= a.off {
			from = toks[k].End
		} else {
			k = -1
		}
		a.off = indexByteFrom(a.doc.Text, from, '@')
		if k >= 0 {
			return k
		}
	}
	return -1
}

// indexByteFrom returns the index of the first c in s at or after from,
// or -1 if there is none.
func indexByteFrom(s string, from int, c byte) int {
	if from >= len(s) {
		return -1
	}
	i := strings.IndexByte(s[from:], c)
	if i < 0 {
		return -1
	}
	return from + i
}

// spelled returns the end of the words from toks[k] on that spell parts,
// one a word, folded to lower case without an initial's dot (written
// glued, "A.", or as a token of its own, "A ."), or -1 if they do not.
func spelled(toks []lang.Token, k int, parts []string) int {
	for _, p := range parts {
		if k >= len(toks) || toks[k].Kind != lang.Word && toks[k].Kind != lang.Abbreviation || strings.ToLower(strings.TrimSuffix(toks[k].Text, ".")) != p {
			return -1
		}
		k++
		if k < len(toks) && toks[k].Kind == lang.Punct && toks[k].Text == "." && len([]rune(p)) == 1 {
			k++
		}
	}
	return k
}
