package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// readAsPlace reports whether the one-word place mention e reads as a
// place where it stands, whatever the document says of its word
// elsewhere: it takes a case ending of where or from where (lang.PlaceCases:
// Aydın'da, Houston'daki, Van'dan; the dative too if dative: Van'a, which
// a person takes as often, Aydın'a sordu), or the word after it is a
// place's or a body's head noun or a role held in a place (lang.NameCues,
// lang.PlaceDivisions: Kartal ilçesinde, Afşin Kaymakamı, Aydın Valisi,
// Van Belediyesi).
func readAsPlace(doc *annotation.Document, e *annotation.Entity, l lang.Language, dative bool) bool {
	toks := doc.Tokens
	k := e.Last
	if k >= len(toks) {
		return false
	}
	if toks[k].Kind == lang.Suffix {
		if pc := capsOf(l).placeCases; pc != nil && (pc.LocativeCase(lang.FoldToken(&toks[k], l)) || dative && pc.DativeCase(lang.FoldToken(&toks[k], l))) {
			return true
		}
		k++
	}
	if k >= len(toks) || toks[k].Kind != lang.Word {
		return false
	}
	norm := lang.FoldToken(&toks[k], l)
	if pd := capsOf(l).placeDivisions; pd != nil && pd.DivisionNoun(norm) {
		return true
	}
	if nc := capsOf(l).nameCues; nc != nil {
		switch nc.Cue(norm) {
		case lang.LocHead, lang.OrgHead:
			return true
		case lang.PersonRole:
			return lang.StartsUpper(toks[k].Text) // Aydın Valisi; not "Aydın, bakan"
		}
	}
	return false
}

// placesNamedAsPeople makes a person of each one-word place mention whose
// word the same document gives a person elsewhere: a person's mention of
// that one word, or the last word of a person's longer mention ("Senator
// Jane Holloway ... Holloway voted against"). A story keeps one referent
// for a name (one sense per discourse), and a lone surname is read as a
// place where a gazetteer knows some small town of that name or the
// sentence says little; the person's reading elsewhere in the story is the
// better evidence. But a story names people after places and places
// after people (Ahmet Aydın and Aydın province, Murat Kartal and Kartal
// district, George Washington and Washington): only a place the
// gazetteer did not link is retyped (a linked one is a country, region,
// province, city or district the gazetteer knows, Jordan and Georgia
// beside Michael Jordan), and only where it does not read as a place
// where it stands (readAsPlace: Aydın'da, Houston'daki, Kartal ilçesinde,
// Afşin Kaymakamı). Organizations are left as they are: a
// company or a club is often named after its founder (Ford beside Henry
// Ford). Mentions are compared by their text. ents are changed in place;
// the names are collected once per document, on its first one-word place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with, one
// document a sentence: NTREX Turkish dev 0.8605 → 0.8611, Milliyet dev
// split 0.8556 → 0.8571, Turkish Wiki NER dev 0.7853 → 0.7859; twenty
// sentences a document (-doc 20): NTREX Turkish dev 0.8791 → 0.8835 (a
// judge's surname read as a town five times; four places the tagger read
// as a person elsewhere in the story turn wrong), Milliyet 0.8580 →
// 0.8596. Weighing the person's mentions against the place's (a person
// only where the word is a person at least as often) did worse on every
// set (NTREX -doc 20 0.8810, Milliyet 0.8568). Other languages: NTREX
// English dev 0.8422 → 0.8415 (one sentence a document) and 0.8748 →
// 0.8775 (-doc 20), NTREX Russian dev 0.8701 → 0.8708 and 0.8839 →
// 0.8864, held-out FactRuEval dev (-doc 20) 0.8946 → 0.8963, UNER EWT dev
// (0.7432) and crosslingual dev (735 of 1038) unchanged. Narrowed to
// unlinked places that do not read as places (it made people of
// "Aydın'da", "Washington'daki" beside people of the name in invented
// news): NTREX Turkish dev 0.8633, -doc 20 0.8868, Turkish Wiki NER dev
// 0.7861, Milliyet dev 0.8609, NTREX English and Russian dev (-doc 20
// 0.8853, 0.8895) unchanged; with linked places above a region retyped
// still, NTREX Turkish -doc 20 0.8880; with a dative place kept too
// (Aydın'a), 0.8868 and Milliyet 0.8597.
// In a language whose names inflect (lang.InflectedNames), a place that no
// text matches is a person too where a stem of its word is the stem of a
// person's last word in the document at least as often as a one-word
// place's (caseForms: разговоры Ельцина beside Ельцин, тело Юаня beside
// Юань), unless a preposition comes before it (в Лонг-Лартине): held-out
// FactRuEval (-doc 20) 0.8910 → 0.8927, NTREX Russian dev -doc 10 0.9070 →
// 0.9083; NTREX at one sentence a document and WikiNER held-out, whose
// documents are single sentences, unchanged. Without the counts NTREX
// -doc 10 went to 0.9064 (a person the tagger read once, Гарлем стал, made
// the story's places people), and without the preposition 0.9077. A tie
// still goes to the person: testdata/news_ru.txt's whole story has one
// person Гарлем and one place Гарлема, which became a person; a strict
// majority lost FactRuEval's Ельцина (one each in its document).
func placesNamedAsPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	var people map[string]bool // the people's last words, read at the first one-word place
	counted := false
	var forms *caseForms // built on the first place no text matches, where names inflect
	in := capsOf(l).inflectedNames
	inflects := in != nil && in.InflectsNames()
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.Last-e.First != 1 {
			continue
		}
		if !counted {
			people, counted = peopleLastWords(doc, ents), true
		}
		named := people[e.Text]
		if !named && inflects && e.ID == "" && !afterPreposition(doc, e, l) {
			if forms == nil {
				forms = newCaseForms(doc, ents, l)
			}
			named = forms.person(&doc.Tokens[e.First], l)
		}
		if named && e.ID == "" && !readAsPlace(doc, e, l, false) {
			e.Type, e.ID, e.Canonical = annotation.Person, "", ""
		}
	}
}

// peopleLastWords returns the last words of the person mentions of ents,
// nil where there are none (a map is made at the first person: a short
// document has often none).
func peopleLastWords(doc *annotation.Document, ents []annotation.Entity) map[string]bool {
	var people map[string]bool
	for k := range ents {
		if p := &ents[k]; p.Type == annotation.Person && p.Last > p.First && p.Last <= len(doc.Tokens) {
			if people == nil {
				people = make(map[string]bool)
			}
			people[doc.Tokens[p.Last-1].Text] = true
		}
	}
	return people
}

// caseForms counts a document's person mentions by their last word's stems
// and its one-word place mentions by their word's stems, for a language
// whose names inflect (lang.InflectedNames): the surname of a person's
// mention stands in another case at the place's mention (Ельцина, Юаня
// beside Ельцин, Юань), which the texts do not match. The places are
// counted once a place's stem is a person's, from the words they had when
// the people were counted: in most documents no stem is, and each count
// analyzes a word.
type caseForms struct {
	doc            *annotation.Document
	placeWords     []int          // the one-word places' tokens
	people, places map[string]int // places nil until counted
	stems          []string       // person's scratch, kept across its calls
}

func newCaseForms(doc *annotation.Document, ents []annotation.Entity, l lang.Language) *caseForms {
	c := &caseForms{doc: doc, people: map[string]int{}}
	for i := range ents {
		switch e := &ents[i]; {
		case e.Type == annotation.Person && e.Last > e.First:
			c.stems = wordStems(&doc.Tokens[e.Last-1], l, c.stems[:0])
			for _, st := range c.stems {
				c.people[st]++
			}
		case e.Type == annotation.Location && e.Last-e.First == 1:
			c.placeWords = append(c.placeWords, e.First)
		}
	}
	return c
}

// countPlaces counts the one-word places by their word's stems.
func (c *caseForms) countPlaces(l lang.Language) {
	c.places = map[string]int{}
	var stems []string
	for _, k := range c.placeWords {
		stems = wordStems(&c.doc.Tokens[k], l, stems[:0])
		for _, st := range stems {
			c.places[st]++
		}
	}
}

// person reports whether a stem of the word t is a person's in the
// document at least as often as a one-word place's: a person the tagger
// read once where the story names the place more often stays the place.
func (c *caseForms) person(t *lang.Token, l lang.Language) bool {
	c.stems = wordStems(t, l, c.stems[:0])
	for _, st := range c.stems {
		n := c.people[st]
		if n == 0 {
			continue
		}
		if c.places == nil {
			c.countPlaces(l)
		}
		if c.places[st] <= n {
			return true
		}
	}
	return false
}

// wordStems appends to stems the folded word of t and the distinct stems
// of its readings (lang.Language.Analyze), and returns stems.
func wordStems(t *lang.Token, l lang.Language, stems []string) []string {
	norm := lang.FoldToken(t, l)
	stems = append(stems, norm)
	for _, a := range l.Analyze(norm) {
		if !slices.Contains(stems, a.Stem) {
			stems = append(stems, a.Stem)
		}
	}
	return stems
}

// afterPreposition reports whether a preposition (lang.Prepositions) comes
// right before the mention e: a place's name in a case of where or to
// where (в Лонг-Лартине) reads as the place there.
func afterPreposition(doc *annotation.Document, e *annotation.Entity, l lang.Language) bool {
	pr := capsOf(l).prepositions
	if pr == nil || e.First == 0 {
		return false
	}
	t := &doc.Tokens[e.First-1]
	return t.Kind == lang.Word && pr.Preposition(lang.FoldToken(t, l))
}
