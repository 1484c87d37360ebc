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

// tagBylines tags the sentences that are a byline and nothing else, in
// a language that writes them (lang.Bylines): one or more reporters'
// names, each a given name with an initial capital and a surname in
// capitals, parted by the language's byline marks, and the place filed
// from last ("Selin KARADAĞ - ANKARA", "Ali KAYA - Ayşe DEMİR - İZMİR"),
// or an organization the gazetteer knows (a news agency: "Ali KAYA -
// DHA"); a line of one name alone is a byline too ("Okan TEKİNEL"). Each
// name is a person, the place a place, the agency an organization; the
// mentions the stages before left in the line give way to them. The
// tagger reads a surname in capitals as an acronym or a place (Güven
// [KORAL]), and runs two reporters into one mention.
//
// A headline's label has the same shape ("Avrupa BİRLİĞİ - BRÜKSEL",
// "Devlet BAKANI", "Milli TAKIM"), so no word in capitals may be a cue of
// a name's head or a role (lang.NameCues: BİRLİĞİ, MÜDÜRLÜĞÜ, BAKANI), a
// name's first word is no place the gazetteer knows above a district
// (nameOfPlace: Van, Florida), and the line's last part is the place or
// agency only when the gazetteer knows it (a desk, "HABER MERKEZİ", makes
// no byline). A name whose first word is a given name the language knows
// (lang.GivenNames) and no ordinary word (lang.CommonWordNames) is sure;
// one whose first word is an ordinary word too (Güven, trust; Ferah) or no
// known given name is taken only in a line that ends with a place or an
// agency, and only when the model's training text writes the surname
// capitalized at least as often as not (ner.Model.CapitalizedShare 0.6:
// not "Milli TAKIM - ANKARA"). A label of such words before a place reads
// as a byline all the same ("Bahar FESTİVALİ - İZMİR"). ents are sorted
// and non-overlapping, and stay so.
//
// Mined on the Milliyet train split (a local corpus, never committed);
// whole pipeline F1 without → with the rule (cmd/evaluate -pipeline):
// Milliyet train (-doc 30) 0.8553 → 0.8566, the Milliyet dev split
// 0.8705 → 0.8714, NTREX Turkish dev and Turkish Wiki NER dev unchanged
// (no bylines); narrowed after review as above (headline labels read as
// people, agencies as places): see the commit for the figures.
func tagBylines(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model) []annotation.Entity {
	bl, _ := l.(lang.Bylines)
	gn, _ := l.(lang.GivenNames)
	if bl == nil || gn == nil {
		return ents
	}
	cw, _ := l.(lang.CommonWordNames)
	nc, _ := l.(lang.NameCues)
	var added []annotation.Entity
	for _, s := range doc.Sentences {
		parts := bylineParts(doc, s, l, bylineKnowledge{bl, gn, cw, nc, g, m})
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

// bylineKnowledge is what a byline's reading asks: the language's marks,
// given names, ordinary-word names and cues, and the gazetteer.
type bylineKnowledge struct {
	marks lang.Bylines
	given lang.GivenNames
	words lang.CommonWordNames // nil: none known
	cues  lang.NameCues        // nil: none known
	gaz   *gazetteer.Gazetteer
	model *ner.Model // nil: no capitalization prior
}

// bylineParts returns the mentions of sentence s when it is a byline, nil
// otherwise.
func bylineParts(doc *annotation.Document, s lang.Sentence, l lang.Language, k bylineKnowledge) []annotation.Entity {
	toks := doc.Tokens
	var out []annotation.Entity
	loose := false // a name that is no sure one
	for i := s.First; i < s.Last; {
		end := i // the part's end: the next byline mark or the sentence's
		for end < s.Last && toks[end].Kind == lang.Word {
			end++
		}
		if end == i || end < s.Last && !k.marks.BylineMark(toks[end].Text) || end == s.Last-1 {
			return nil // an empty part, another token, or a mark ending the line
		}
		last := end == s.Last
		switch reading := k.name(toks[i:end], l); {
		case reading != notName:
			loose = loose || reading == looseName
			out = append(out, doc.Mention(i, end, annotation.Person, bylineScore, "rule"))
		case last && len(out) > 0:
			typ := k.placeOrAgency(doc.Text[toks[i].Start:toks[end-1].End])
			if typ == "" {
				return nil
			}
			out = append(out, doc.Mention(i, end, typ, bylineScore, "rule"))
		default:
			return nil
		}
		i = end + 1
	}
	if loose && out[len(out)-1].Type == annotation.Person {
		return nil // a loose name needs the place or agency after it
	}
	return out
}

// How a byline's part reads as a reporter's name.
const (
	notName   = iota
	sureName  // a given name the language knows, no ordinary word
	looseName // an ordinary word or an unknown word first
)

// name reads words as a reporter's name: title-case given names, the
// first no place, then a surname in capitals that cues no name's head or
// role; sure or loose by the first word (see tagBylines).
func (k bylineKnowledge) name(words []lang.Token, l lang.Language) int {
	n := 0 // the title-case words
	for n < len(words) && titleWord(words[n].Text) {
		n++
	}
	if n == 0 || n == len(words) || nameOfPlace(words[0].Text, k.gaz) {
		return notName
	}
	for i := n; i < len(words); i++ {
		if !capitalsWord(words[i].Text) || k.cues != nil && k.cues.Cue(lang.FoldToken(&words[i], l)) != lang.NoCue {
			return notName
		}
	}
	given := lang.FoldToken(&words[0], l)
	if k.given.GivenName(given) && (k.words == nil || !k.words.CommonWordName(given)) {
		return sureName
	}
	if k.model == nil {
		return notName
	}
	if share, known := k.model.CapitalizedShare(lang.FoldToken(&words[n], l)); known && share < 0.6 {
		return notName
	}
	return looseName
}

// placeOrAgency returns the type of the last part of a byline, name: a
// place the gazetteer knows, or an organization; "" for neither.
func (k bylineKnowledge) placeOrAgency(name string) annotation.Type {
	switch {
	case gazetteerKnows(k.gaz, name, isPlace):
		return annotation.Location
	case gazetteerKnows(k.gaz, name, func(e *gazetteer.Entry) bool { return e.Type == gazetteer.Organization }):
		return annotation.Organization
	}
	return ""
}
