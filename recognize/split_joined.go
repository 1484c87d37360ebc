package recognize

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitJoinedNames splits a mention that runs a person's name and another
// name together. The tagger reads one sentence and at times carries a
// name on into the next one where nothing separates them, as a Turkish
// subject and its object do (Rangers Jacobs'u transfer etti, "Rangers
// signed Jacobs"; Adalet Komitesi Kavanaugh'u dinledi) and as a Russian
// name in one case does beside a name in another (Юридического комитета
// Флейк): one mention, the wrong type for one half, and no ID that links
// either half to its other mentions.
//
// A mention of two words or more is split in two where each part is a
// name the document establishes without it, with a single type, and one
// part is a person and the other an organization: a part is established
// when another mention of the document has its text (or, in a language
// that inflects names, the text of its citation form: Юридического
// комитета, Юридический комитет) or when the gazetteer matches exactly its
// words. Each part becomes a mention of its established type. Left whole:
//   - names of two kinds of which neither is a person (BBC Scotland,
//     Colorado Rockies, Ассамблея Уэльса);
//   - a place and a person: a given name is often a place's too (Paris
//     Hilton, Dakota Johnson, Brooklyn Beckham, Ege Bağatur, where a story
//     names Paris, Dakota, Brooklyn or the Aegean alone), and a place may
//     be named after a person (Trump Turnberry);
//   - a mention whose whole text the gazetteer knows or the document
//     repeats (a name given twice is one name);
//   - a person whose first word is a given name (Jordan Henderson,
//     Chelsea Clinton): given names are also clubs.
//
// A web address inside a longer mention of a person or a place (Sturridge
// LiverpoolFC.com'a konuştu) is split off too, as an organization: a site
// is never part of a person's or a place's name (it is of a company's:
// Amazon.com Inc., Mail.ru Group).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// dev, ten lines a document, Turkish 0.8823 → 0.8852 (Rangers Jacobs,
// Truly Holly, Sturridge LiverpoolFC.com), Russian 0.8878 → 0.8888
// (Юридического комитета Флейк), English unchanged (0.8725); one line a
// document, Turkish 0.8620 → 0.8630, English and Russian unchanged; the
// Milliyet dev split unchanged (0.8614; 0.8619 while a place and a person
// were split too); Turkish Wiki NER dev and UNER EWT
// dev unchanged (0.7861, 0.7463) once the part of the other type had to
// be a name of the document (EWT lost Hassan Nasrallah to a town of the
// gazetteer before). An independent review on 168 news documents of its
// own found 11 right splits and 13 wrong ones (a place and a person, a
// company named by its site), which the rules for those left whole
// above now keep; the NTREX dev figures are unchanged by them.
//
// ents are sorted and non-overlapping, and stay so. Linear in the
// document: one pass to index its mentions' texts, then a look-up per
// part of each longer mention.
func splitJoinedNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	given := capsOf(l).givenNames
	names := indexMentionNames(doc, ents, l, given)
	defer names.release()
	i := -1 // e's index: replaceMentions asks of each mention in turn
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		i++
		parts := splitWebAddress(doc, *e)
		if parts == nil && names != nil && names.candidate[i] {
			parts = splitNamesOfTwoKinds(doc, *e, names.keys[i], names, l, g)
		}
		return parts
	})
}

// joinCandidate reports whether e may join two names: two words or more,
// no gazetteer entry, a capitalized word after its first, and not a person
// whose first word is a given name.
func joinCandidate(doc *annotation.Document, e annotation.Entity, l lang.Language, given lang.GivenNames) bool {
	if e.Last-e.First < 2 || e.ID != "" {
		return false
	}
	toks := doc.Tokens
	capital := false // a capitalized word after the first, asked first: a given name is a dearer question
	for k := e.First + 1; k < e.Last && !capital; k++ {
		capital = capitalizedWord(&toks[k])
	}
	return capital && !(e.Type == annotation.Person && given != nil && given.GivenName(lang.FoldToken(&toks[e.First], l)))
}

// mentionNames maps a folded name to the types the document's mentions of
// it have (a bit per type) and to how many mentions have it; shapes holds
// the shapes of the mentions indexed. By the index of each of the
// document's mentions, candidate holds whether it is a candidate
// (joinCandidate) and keys its folded text where it is indexed ("" for the
// others): a candidate's is looked up again, and folding allocates.
type mentionNames struct {
	byName    map[string]mentionName
	shapes    shapeSet
	candidate []bool
	keys      []string
	// parts holds the shapes of the candidates and their parts, which
	// indexMentionNames asks of each mention.
	parts shapeSet
}

// mentionNamesPool keeps the indexes of documents gone, their maps and
// slices emptied, for the documents to come: made anew for every
// document, they were a tenth of the allocations of a line of news.
var mentionNamesPool = sync.Pool{New: func() any { return new(mentionNames) }}

// maxPooledNames bounds the names and shapes of an index the pool keeps
// (and so the cost of emptying its maps for a short document).
const maxPooledNames = 1 << 10

// release empties names and puts it back in mentionNamesPool, or lets it
// go when it grew past maxPooledNames. A nil names is left alone.
func (names *mentionNames) release() {
	if names == nil || len(names.byName) > maxPooledNames || len(names.shapes.tokens) > maxPooledNames ||
		len(names.parts.tokens) > maxPooledNames || cap(names.keys) > maxPooledNames {
		return
	}
	clear(names.byName)
	names.shapes.empty()
	names.parts.empty()
	clear(names.keys) // the document's folded names
	mentionNamesPool.Put(names)
}

type mentionName struct {
	types uint8
	count int
}

// typeBit returns the bit of t in mentionName.types.
func typeBit(t annotation.Type) uint8 {
	switch t {
	case annotation.Person:
		return 1
	case annotation.Location:
		return 2
	case annotation.Organization:
		return 4
	}
	return 0
}

// nameShape is what a name's text and its citation form share, to tell
// cheaply which mentions could name a part of a candidate: the number of
// tokens and the first two letters of the first, folded (Юридического
// комитета, Юридический комитет).
type nameShape struct {
	tokens int
	start  string
}

// shapeOf returns the shape of the name in tokens first..last-1.
func shapeOf(doc *annotation.Document, first, last int, l lang.Language) nameShape {
	w := lang.FoldToken(&doc.Tokens[first], l)
	end := 0 // after the first two runes, as ranging over w reads them
	for n := 0; n < 2 && end < len(w); n++ {
		switch _, two := lang.TwoByteRuneAt(w, end); {
		case two:
			end += 2
		case w[end] < utf8.RuneSelf:
			end++
		default:
			_, size := utf8.DecodeRuneInString(w[end:])
			end += size
		}
	}
	return nameShape{last - first, w[:end]}
}

// shapeSet is a set of name shapes: for each start, a bit for each number
// of tokens below 64, and the rare longer shapes in a map of their own. A
// map of shapes hashes a struct with a string, at several times the cost
// of a string's look-up.
type shapeSet struct {
	tokens map[string]uint64
	long   map[nameShape]bool
}

func (s *shapeSet) add(x nameShape) {
	if x.tokens >= 64 {
		if s.long == nil {
			s.long = map[nameShape]bool{}
		}
		s.long[x] = true
		return
	}
	if s.tokens == nil {
		s.tokens = map[string]uint64{}
	}
	s.tokens[x.start] |= 1 << x.tokens
}

// empty removes every shape, keeping the map of the shorter ones.
func (s *shapeSet) empty() {
	clear(s.tokens)
	s.long = nil
}

func (s *shapeSet) has(x nameShape) bool {
	if x.tokens >= 64 {
		return s.long[x]
	}
	return s.tokens[x.start]&(1<<x.tokens) != 0
}

// indexMentionNames indexes the folded texts of the mentions of ents that
// could name a candidate (see joinCandidate) or a part of one; nil when no
// mention is a candidate. Folding, which allocates, is done for those
// mentions only. The index is taken from mentionNamesPool: the caller
// releases it.
func indexMentionNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, given lang.GivenNames) *mentionNames {
	// Taken from the pool at the first candidate: many lines of news have
	// none, and the pool's Get and Put and the emptying of its three maps
	// for every document were 6% (Turkish, English) to 13% (Russian) of
	// the rule's instructions.
	var names *mentionNames
	for i, e := range ents {
		if !joinCandidate(doc, e, l, given) {
			continue
		}
		if names == nil {
			names = mentionNamesPool.Get().(*mentionNames)
			names.candidate = slices.Grow(names.candidate[:0], len(ents))[:len(ents)]
			clear(names.candidate)
		}
		names.candidate[i] = true
		names.parts.add(shapeOf(doc, e.First, e.Last, l))
		for k := e.First + 1; k < e.Last; k++ {
			names.parts.add(shapeOf(doc, e.First, k, l))
			names.parts.add(shapeOf(doc, k, e.Last, l))
		}
	}
	if names == nil {
		return nil
	}
	names.keys = slices.Grow(names.keys[:0], len(ents))[:len(ents)]
	clear(names.keys)
	if names.byName == nil {
		names.byName = map[string]mentionName{}
	}
	for i, e := range ents {
		shape := shapeOf(doc, e.First, e.Last, l)
		if !names.parts.has(shape) {
			continue
		}
		names.shapes.add(shape)
		key := l.Fold(e.Text)
		names.keys[i] = key
		n := names.byName[key]
		n.types |= typeBit(e.Type)
		n.count++
		names.byName[key] = n
	}
	return names
}

// splitNamesOfTwoKinds returns e's two parts when it joins two names of
// different kinds (see splitJoinedNames), or nil. key is e's folded text:
// a candidate, it is indexed (its shape is its own).
func splitNamesOfTwoKinds(doc *annotation.Document, e annotation.Entity, key string, names *mentionNames, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	toks := doc.Tokens
	if names.byName[key].count > 1 || !namePart(&toks[e.First]) {
		return nil
	}
	for k := e.First + 1; k < e.Last; k++ {
		if !capitalizedWord(&toks[k]) {
			continue
		}
		// A part whose type is not the whole's must be a name of the
		// document: that the gazetteer knows a word as a place (Hassan,
		// a town) says little against the tagger's reading of a name. So
		// the gazetteer is asked only where the document names a part.
		leftInDoc, rightInDoc := names.typesOf(doc, e.First, k, l), names.typesOf(doc, k, e.Last, l)
		if leftInDoc == 0 && rightInDoc == 0 {
			continue
		}
		left := oneType(leftInDoc | gazetteerType(toks[e.First:k], l, g))
		right := oneType(rightInDoc | gazetteerType(toks[k:e.Last], l, g))
		if left == "" || right == "" || !(left == annotation.Person && right == annotation.Organization || left == annotation.Organization && right == annotation.Person) ||
			left != e.Type && leftInDoc == 0 || right != e.Type && rightInDoc == 0 ||
			gazetteerType(toks[e.First:e.Last], l, g) != 0 {
			continue
		}
		return []annotation.Entity{
			doc.Mention(e.First, k, left, e.Score, e.Source+"+rule"),
			doc.Mention(k, e.Last, right, e.Score, e.Source+"+rule"),
		}
	}
	return nil
}

// namePart reports whether a name may start at tk.
func namePart(tk *lang.Token) bool { return capitalizedWord(tk) || tk.Kind == lang.Abbreviation }

// typesOf returns the types (bits) that the document's indexed mentions
// give the tokens first..last-1 as a whole name, by their text or, in a
// language that inflects names, by the text of their citation form.
func (names *mentionNames) typesOf(doc *annotation.Document, first, last int, l lang.Language) uint8 {
	if !names.shapes.has(shapeOf(doc, first, last, l)) { // no mention can name the part
		return 0
	}
	toks := doc.Tokens
	text := doc.Text[toks[first].Start:toks[last-1].End]
	bits := names.byName[l.Fold(text)].types
	if cf := capsOf(l).citationFormer; cf != nil {
		for _, t := range []annotation.Type{annotation.Person, annotation.Location, annotation.Organization} {
			if names.byName[l.Fold(cf.CitationForm(text, string(t)))].types&typeBit(t) != 0 {
				bits |= typeBit(t)
			}
		}
	}
	return bits
}

// oneType returns the type of bits when they hold a single one, else "".
func oneType(bits uint8) annotation.Type {
	switch bits {
	case 1:
		return annotation.Person
	case 2:
		return annotation.Location
	case 4:
		return annotation.Organization
	}
	return ""
}

// gazetteerType returns the bit of the type of the gazetteer's best entry
// whose name matches all of toks (inflected as the language inflects
// names), or 0.
func gazetteerType(toks []lang.Token, l lang.Language, g *gazetteer.Gazetteer) uint8 {
	if g == nil {
		return 0
	}
	for _, mt := range g.Match(toks, plain(l)) {
		if mt.First == 0 && mt.Last == len(toks) && len(mt.Candidates) > 0 {
			return typeBit(annotation.Type(mt.Candidates[0].Type))
		}
	}
	return 0
}

// splitWebAddress returns the parts of e around a web address among its
// tokens (the address an organization), or nil when it has none or is the
// address alone.
func splitWebAddress(doc *annotation.Document, e annotation.Entity) []annotation.Entity {
	if e.Last-e.First < 2 || e.Type == annotation.Organization { // a company may be named by its site: Amazon.com Inc.
		return nil
	}
	toks := doc.Tokens
	for k := e.First; k < e.Last; k++ {
		if toks[k].Kind != lang.URL && !webDomain(toks[k].Text) {
			continue
		}
		var parts []annotation.Entity
		if k > e.First {
			parts = append(parts, doc.Mention(e.First, k, e.Type, e.Score, e.Source))
		}
		parts = append(parts, doc.Mention(k, k+1, annotation.Organization, e.Score, e.Source+"+rule"))
		if k+1 < e.Last {
			parts = append(parts, doc.Mention(k+1, e.Last, e.Type, e.Score, e.Source))
		}
		return parts
	}
	return nil
}

// webDomain reports whether word is a bare web domain: letters, digits and
// hyphens in labels parted by dots, ending in a top-level domain of two to
// four lower-case letters (LiverpoolFC.com, bbc.co.uk, lenta.ru), with a
// letter in its first label. An abbreviation (U.S., Inc.) or a number
// (3.5) is none.
func webDomain(word string) bool {
	dot := -1
	for i := len(word) - 1; i >= 0; i-- {
		if word[i] == '.' {
			dot = i
			break
		}
	}
	if dot <= 0 {
		return false
	}
	tld := word[dot+1:]
	if len(tld) < 2 || len(tld) > 4 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	label, letters := 0, 0
	for i := 0; i < dot; i++ {
		c := word[i]
		switch {
		case c == '.':
			if label < 2 {
				return false
			}
			label = 0
			continue
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9' || c == '-':
		default:
			return false
		}
		label++
	}
	return label >= 2 && letters > 0
}
