package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// # Russian rules
//
// Russian has no default model yet; these rules find the names the
// gazetteer does not know. Russian capitalizes only proper names (not
// nationality adjectives, months or titles), so a capitalized word inside
// a sentence is a strong name signal; the type comes from the word before
// (президент Путин, компания Яндекс, город Казань), from the shape (two or
// three capitalized words are a person's name), or from a surname ending.

// Trigger lemmas (nominative stems as lang/ru's Analyze proposes them).
var (
	ruPersonTriggers = map[string]bool{
		"президент": true, "премьер-министр": true, "премьер": true, "министр": true,
		"председатель": true, "глава": true, "коллега": true, "лидер": true, "канцлер": true,
		"госсекретарь": true, "посол": true, "губернатор": true, "мэр": true, "спикер": true,
		"генсек": true, "генеральный": true, "секретарь": true, "директор": true, "король": true,
		"королева": true, "принц": true, "папа": true, "сенатор": true, "депутат": true,
		"министра": true, "вице-премьер": true, "замминистра": true, "пресс-секретарь": true,
		"господин": true, "госпожа": true, "г-н": true, "представитель": true, "советник": true,
	}
	ruPlaceTriggers = map[string]bool{
		"город": true, "г.": true, "столица": true, "село": true, "деревня": true, "область": true,
		"река": true, "остров": true, "провинция": true, "штат": true, "регион": true, "пос.": true,
	}
	ruOrgTriggers = map[string]bool{
		"компания": true, "корпорация": true, "концерн": true, "холдинг": true, "банк": true,
		"агентство": true, "партия": true, "фонд": true, "организация": true, "группа": true,
	}
	// ruOrgHeads end an organization name written as capitalized adjective +
	// lower-case adjectives + head noun (Китайская национальная нефтегазовая
	// корпорация).
	ruOrgHeads = map[string]bool{
		"корпорация": true, "компания": true, "организация": true, "банк": true, "партия": true,
		"союз": true, "агентство": true, "фонд": true, "служба": true, "университет": true,
		"министерство": true, "комитет": true, "совет": true, "академия": true, "концерн": true,
		"ассоциация": true, "федерация": true, "объединение": true, "управление": true, "суд": true,
	}
)

// ruSpans returns the rule spans of sentence s, relative to s.First, given
// its gazetteer matches (which the spans leave alone).
func ruSpans(doc *Document, s lang.Sentence, matches []gazetteer.Match, l lang.Language) []Span {
	toks := doc.Tokens[s.First:s.Last]
	covered := make([]bool, len(toks))
	for _, m := range matches {
		for k := m.First; k < m.Last; k++ {
			covered[k] = true
		}
	}
	var spans []Span
	for i := 0; i < len(toks); {
		if covered[i] || !capitalWord(&toks[i]) {
			i++
			continue
		}
		if last, ok := ruOrgName(toks, covered, i, l); ok {
			spans = append(spans, Span{First: i, Last: last, Type: Organization, Score: 0.6})
			i = last
			continue
		}
		j := i + 1
		for j < len(toks) && !covered[j] && capitalWord(&toks[j]) {
			j++
		}
		if t, ok := ruRunType(toks, i, j, sentenceStart(toks, i), l); ok {
			spans = append(spans, Span{First: i, Last: j, Type: t, Score: 0.6})
		}
		i = j
	}
	return spans
}

// ruRunType types the capitalized run toks[i:j], or returns false when the
// run is not taken as a name.
func ruRunType(toks []lang.Token, i, j int, atStart bool, l lang.Language) (Type, bool) {
	if i > 0 {
		prev := &toks[i-1]
		if k := i - 1; k > 0 && (prev.Kind == lang.Punct && (prev.Text == "«" || prev.Text == "\"")) {
			prev = &toks[k-1]
		}
		switch {
		case ruLemmaIn(prev, l, ruPersonTriggers):
			return Person, true
		case ruLemmaIn(prev, l, ruPlaceTriggers):
			return Location, true
		case ruLemmaIn(prev, l, ruOrgTriggers):
			return Organization, true
		}
	}
	if atStart && j-i == 1 {
		return "", false // every sentence starts with a capital
	}
	if j-i == 1 && isAllCaps(toks[i].Text) && utf8.RuneCountInString(toks[i].Text) >= 2 {
		return Organization, true
	}
	if j-i >= 2 && j-i <= 3 {
		return Person, true
	}
	if j-i == 1 && ruSurname(&toks[i], l) {
		return Person, true
	}
	return "", false
}

// ruOrgName matches an organization name starting at toks[i]: a
// capitalized adjective, up to four lower-case adjectives and a head noun
// (ruOrgHeads), and returns the end of the name.
func ruOrgName(toks []lang.Token, covered []bool, i int, l lang.Language) (int, bool) {
	if !ruAdjective(toks[i].Norm) {
		return 0, false
	}
	for j := i + 1; j < len(toks) && j <= i+5 && !covered[j]; j++ {
		t := &toks[j]
		if t.Kind != lang.Word || capitalWord(t) {
			return 0, false
		}
		if ruLemmaIn(t, l, ruOrgHeads) {
			return j + 1, true
		}
		if !ruAdjective(t.Norm) {
			return 0, false
		}
	}
	return 0, false
}

// ruShortNames adds, after all sentences are tagged, the one-word mentions
// of people named in full elsewhere in the document, inflected or not and
// at a sentence's start too (Мишустин, Путин for Владимиром Путиным, Ли for
// Ли Цян): a capitalized word outside every entity that may be an
// inflection of the first or last word of exactly one person's name. The
// mention takes that name's ID and canonical name.
func ruShortNames(doc *Document, ents []Entity, l lang.Language) []Entity {
	owner := map[string]int{} // stem of an edge word → entity; -1 when people disagree
	for i := range ents {
		e := &ents[i]
		if e.Type != Person || e.Last-e.First < 2 {
			continue
		}
		for _, k := range []int{e.First, e.Last - 1} {
			for _, a := range l.Analyze(doc.Tokens[k].Norm) {
				if j, ok := owner[a.Stem]; !ok {
					owner[a.Stem] = i
				} else if j >= 0 && !samePerson(doc, &ents[j], e, l) {
					owner[a.Stem] = -1
				}
			}
		}
	}
	if len(owner) == 0 {
		return ents
	}
	covered := make([]bool, len(doc.Tokens))
	for _, e := range ents {
		for k := e.First; k < e.Last; k++ {
			covered[k] = true
		}
	}
	out := make([]Entity, 0, len(ents))
	next := 0
	for k := range doc.Tokens {
		t := &doc.Tokens[k]
		if covered[k] || !capitalWord(t) || utf8.RuneCountInString(t.Text) < 2 ||
			k+1 < len(doc.Tokens) && capitalWord(&doc.Tokens[k+1]) && !covered[k+1] {
			continue
		}
		j := -1
		for _, a := range l.Analyze(t.Norm) {
			if o, ok := owner[a.Stem]; ok && (o < 0 || j >= 0 && !samePerson(doc, &ents[j], &ents[o], l)) {
				j = -2
				break
			} else if ok {
				j = o
			}
		}
		if j < 0 {
			continue
		}
		for ; next < len(ents) && ents[next].Start < t.Start; next++ {
			out = append(out, ents[next])
		}
		e := doc.span(k, k+1, Person, ents[j].Score, "rule")
		e.ID, e.Canonical = ents[j].ID, ents[j].Canonical
		out = append(out, e)
	}
	return append(out, ents[next:]...)
}

// samePerson reports whether two PERSON mentions name the same person:
// word by word, some stem of each pair agrees (Ли Цян, Ли Цяна).
func samePerson(doc *Document, a, b *Entity, l lang.Language) bool {
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	if a.Last-a.First != b.Last-b.First {
		return false
	}
	for k := 0; k < a.Last-a.First; k++ {
		if !shareStem(l.Analyze(doc.Tokens[a.First+k].Norm), l.Analyze(doc.Tokens[b.First+k].Norm)) {
			return false
		}
	}
	return true
}

func shareStem(x, y []lang.Analysis) bool {
	for _, a := range x {
		for _, b := range y {
			if a.Stem == b.Stem {
				return true
			}
		}
	}
	return false
}

// ruLemmaIn reports whether some stem of t is in set.
func ruLemmaIn(t *lang.Token, l lang.Language, set map[string]bool) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
		return false
	}
	if set[t.Norm] {
		return true
	}
	for _, a := range l.Analyze(t.Norm) {
		if set[a.Stem] {
			return true
		}
	}
	return false
}

// ruSurname reports whether t may be a form of a Russian surname (Лавров,
// Лаврова, Лавровым, Мишустин, Достоевский).
func ruSurname(t *lang.Token, l lang.Language) bool {
	for _, a := range l.Analyze(t.Norm) {
		for _, end := range []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"} {
			if strings.HasSuffix(a.Stem, end) && utf8.RuneCountInString(a.Stem) > 4 {
				return true
			}
		}
	}
	return false
}

// ruAdjective reports whether a folded word has an adjective ending.
func ruAdjective(w string) bool {
	for _, end := range []string{"ая", "ой", "ий", "ый", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им",
		"ую", "юю", "ей", "его", "ого", "ому", "ему", "ыми", "ими"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > 4 {
			return true
		}
	}
	return false
}

// capitalWord reports whether t is a word starting with an upper-case letter.
func capitalWord(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// sentenceStart reports whether toks[i] begins its sentence, opening
// quotes and dashes aside.
func sentenceStart(toks []lang.Token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Kind != lang.Punct || toks[k].Text == "," || toks[k].Text == "." {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
