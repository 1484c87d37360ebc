package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// bylineScore is the score of the mentions a byline gives: the line's
// form, not a tagger, vouches for them.
const bylineScore = 0.9

// tagBylines tags the sentences that are a byline and nothing else:
// one or more reporters' names, each a given name with an initial capital
// and a surname in capitals, and the place filed from in capitals last,
// parted by dashes or slashes ("Selin KARADAĞ - ANKARA", "Ali KAYA - Ayşe
// DEMİR - İZMİR"). Each name is a person and the place a place; the
// mentions the stages before left in the line give way to them. The
// tagger reads a surname in capitals as an acronym or a place (Güven
// [KORAL]), misses it after a given name that is an ordinary word too
// (Kahraman, Duygu), and runs two reporters into one mention;
// joinCapitalSurnames, which reads a name in running text, leaves those
// given names alone.
//
// Where a name's first word is no given name the language knows
// (lang.GivenNames), or one that is an ordinary word too
// (lang.CommonWordNames), the surname must not be a word the model's
// training text writes in small letters as often as not
// (ner.Model.CapitalizedShare below 0.6): "Son DAKİKA" and "Milli TAKIM"
// alone on a line are a headline's labels. A label whose second word is
// mostly capitalized in names ("Dünya KUPASI") is still read as a byline.
// A title-case place last must be a place the gazetteer knows (Ali KAYA -
// Ankara). ents are sorted and non-overlapping, and stay so.
//
// Mined on the Milliyet train split (a local corpus, never committed);
// whole pipeline F1 without → with the rule (cmd/evaluate -pipeline):
// Milliyet train (-doc 30) 0.8553 → 0.8566 (47 more names right, one
// reporter gold left untagged), the Milliyet dev split 0.8705 → 0.8714,
// NTREX Turkish dev 0.8897 and (-doc 10) 0.9077 unchanged (no bylines),
// Turkish Wiki NER dev (tag -in conll) 0.8001 unchanged.
func tagBylines(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model) []annotation.Entity {
	gn, _ := l.(lang.GivenNames)
	if gn == nil {
		return ents
	}
	cw, _ := l.(lang.CommonWordNames)
	var added []annotation.Entity
	for _, s := range doc.Sentences {
		parts := bylineParts(doc, s, l, gn, cw, g, m)
		if parts == nil {
			continue
		}
		kept := ents[:0]
		for _, e := range ents {
			if e.Last <= s.First || e.First >= s.Last {
				kept = append(kept, e)
			}
		}
		ents = kept
		added = append(added, parts...)
	}
	if added == nil {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// bylineParts returns the mentions of sentence s when it is a byline, nil
// otherwise.
func bylineParts(doc *annotation.Document, s lang.Sentence, l lang.Language, gn lang.GivenNames, cw lang.CommonWordNames, g *gazetteer.Gazetteer, m *ner.Model) []annotation.Entity {
	toks := doc.Tokens
	var out []annotation.Entity
	for k := s.First; k < s.Last; {
		end := k // the part's end: the next byline mark or the sentence's
		for end < s.Last && toks[end].Kind == lang.Word {
			end++
		}
		if end == k || end < s.Last && !bylinePunct(toks[end].Text) || end == s.Last-1 {
			return nil // an empty part, another token, or a mark ending the line
		}
		last := end == s.Last
		switch {
		case bylineName(toks[k:end], l, gn, cw, m):
			out = append(out, doc.Mention(k, end, annotation.Person, bylineScore, "rule"))
		case last && len(out) > 0 && bylinePlace(doc, k, end, g):
			out = append(out, doc.Mention(k, end, annotation.Location, bylineScore, "rule"))
		default:
			return nil
		}
		k = end + 1
	}
	return out
}

// bylineName reports whether words are a reporter's name: title-case
// given names, the first one known, and then a surname in capitals.
func bylineName(words []lang.Token, l lang.Language, gn lang.GivenNames, cw lang.CommonWordNames, m *ner.Model) bool {
	n := 0 // the title-case words
	for n < len(words) && titleWord(words[n].Text) {
		n++
	}
	if n == 0 || n == len(words) {
		return false
	}
	for i := n; i < len(words); i++ {
		if !capitalsWord(words[i].Text) {
			return false
		}
	}
	given := lang.FoldToken(&words[0], l)
	if gn.GivenName(given) && (cw == nil || !cw.CommonWordName(given)) {
		return true
	}
	if m == nil {
		return false
	}
	share, known := m.CapitalizedShare(lang.FoldToken(&words[n], l))
	return !known || share >= 0.6
}

// bylinePlace reports whether tokens k to end are the place a byline ends
// with: words in capitals, or a place the gazetteer knows.
func bylinePlace(doc *annotation.Document, k, end int, g *gazetteer.Gazetteer) bool {
	caps := true
	for i := k; i < end; i++ {
		caps = caps && capitalsWord(doc.Tokens[i].Text)
	}
	return caps || gazetteerKnows(g, doc.Text[doc.Tokens[k].Start:doc.Tokens[end-1].End], isPlace)
}
