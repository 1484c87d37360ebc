package ru

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

var _ lang.OrganizationTails = Russian{}

// genitiveAdjectiveEndings are the endings of an adjective in the
// genitive (независимых, искусственного, национальной): after a head
// noun, such an adjective and the noun after it belong to the name.
var genitiveAdjectiveEndings = []string{"ого", "его", "ой", "ей", "ых", "их"}

// genitiveNounEndings are endings of nouns in the genitive that no verb
// or adverb takes (последствий, бедствий, профсоюзов, комиссии,
// наследия, исследования, безопасности, здоровья): such a noun after a
// head or a noun goes on with the name. The singular -а, -я and most of
// -ы, -и are left out: past-tense verbs (заявила), reflexive ones
// (собирается), adverbs (сегодня) and short participles (закрыты) end so
// too; genitiveSingularEndings take the safe ones.
var genitiveNounEndings = []string{"ий", "ов", "ев", "ии", "ия", "ства", "ости", "ья"}

// genitiveSingularEndings end nouns in the genitive singular that no verb
// form takes (обороны, культуры, программы, экономики, политики,
// торговли, спорта, штата): a past plural ends in a vowel and -ли
// (заявили), a feminine past in -ла (заявила), a reflexive verb in -ся,
// adverbs in -да, -ва, -ня (тогда, снова, сегодня).
// A short participle or adjective ends in -ена, -ана, -ова, -ены, -аны, -яны,
// -ты, -овы or a consonant and -ны (намерены, созданы, закрыты, готовы,
// должны, неполны), which notGenitiveEndings keep out.
var genitiveSingularEndings = []string{"ы", "ки", "ги", "хи", "вли", "мли", "а", "я"}

var notGenitiveEndings = []string{"ла", "ся", "ая", "яя", "ня", "да", "ва", "ча", "жа", "ша", "ща", "ена", "ана", "ова", "ены", "аны", "яны", "ты", "овы", "бны", "вны", "жны", "зны", "лны", "мны",
	"нны", "рны", "сны", "тны", "чны", "шны", "щны", "дны"}

// datives end the noun of a phrase after по in the dative (по
// ликвидации, по борьбе, по контролю, по надзору, по ценным бумагам);
// locatives that of a phrase after при (при прокуратуре, при
// президенте); instrumentals that of a phrase after с inside one
// (по борьбе с наркотиками, по связям с общественностью). No finite
// verb ends so.
var (
	datives       = []string{"у", "ю", "е", "и", "ам", "ям"}
	locatives     = []string{"е", "и", "ах", "ях"}
	instrumentals = []string{"ом", "ем", "ой", "ей", "ью", "ами", "ями"}
)

// TailLength returns how many of norms, the folded lower-case words after
// an organization's head noun, go on with its name
// (lang.OrganizationTails): genitive phrases ("совет независимых школ",
// "центр искусственного интеллекта", "комитет профсоюзов", "министерство
// обороны"), joined by и ("министерство науки и высшего образования"),
// and one phrase after по or при, first or after the genitives
// ("комитет по искусственному интеллекту", "управление по ликвидации
// последствий стихийных бедствий", "комиссия национальной безопасности
// по искусственному интеллекту", "комитет при прокуратуре"): adjectives
// and the noun they lead to, in the case the preposition takes, with more
// such phrases joined by и, or listed with commas before и, and a phrase
// after с or за ("по оценке и использованию технологий", "по алкоголю ,
// табаку и огнестрельному оружию", "по борьбе с наркотиками"), then
// genitive phrases. norms may hold commas (","), which count as words.
func (Russian) TailLength(norms []string) int {
	n, prep := 0, false
	for n < len(norms) {
		if !prep && (norms[n] == "по" || norms[n] == "при") {
			prep = true
			cases := datives
			if norms[n] == "при" {
				cases = locatives
			}
			k := nounPhrase(norms, n+1, cases)
			if k == 0 || adverbialNouns[norms[k-1]] {
				return n
			}
			listed := k // the end of the phrase, but for a list that и does not close
			for k+1 < len(norms) {
				sep := norms[k]
				if sep == "и" || sep == "," {
					if m := nounPhrase(norms, k+1, cases); m > 0 {
						if k = m; sep == "и" {
							listed = k
						}
						continue
					}
				}
				if (sep == "с" || sep == "со" || sep == "за") && listed == k {
					if m := nounPhrase(norms, k+1, instrumentals); m > 0 {
						k, listed = m, m
						continue
					}
				}
				break
			}
			n = listed
			continue
		}
		if k := genitivePhrase(norms, n); k > 0 {
			n = k
			continue
		}
		if n > 0 && n+1 < len(norms) && norms[n] == "и" {
			if k := genitivePhrase(norms, n+1); k > 0 {
				n = k
				continue
			}
		}
		return n
	}
	return n
}

// adverbialNouns are the nouns of the phrases after по that tell where
// a report comes from or why, not what a body does (по словам, по данным,
// по сообщению, по итогам, по поводу, по просьбе), and of those after при
// that tell with whose help or on what condition (при поддержке, при
// участии, при условии): no name goes on with them.
var adverbialNouns = map[string]bool{"словам": true, "мнению": true, "сообщению": true, "сообщениям": true,
	"информации": true, "оценкам": true, "итогам": true, "поводу": true, "причине": true,
	"просьбе": true, "инициативе": true, "приглашению": true, "решению": true, "приказу": true,
	"требованию": true, "случаю": true, "словами": true, "данным": true, "подсчетам": true, "мере": true,
	"время": true, "всему": true, "всем": true, "всей": true, "этому": true, "нему": true, "ней": true, "результатам": true, "заявлению": true, "сведениям": true, "версии": true, "прогнозам": true,
	// after при: with whose support or help, on what condition (армия при поддержке авиации)
	"поддержке": true, "участии": true, "помощи": true, "содействии": true, "посредничестве": true, "условии": true,
	"жизни": true, "этом": true, "необходимости": true, "наличии": true, "попытке": true}

// nounPhrase returns the end of the adjectives and the noun of at least
// four letters that start at norms[i], the noun ending in one of cases,
// or 0.
func nounPhrase(norms []string, i int, cases []string) int {
	k := i
	for k < len(norms) && tailAdjective(norms[k]) {
		k++
	}
	if k >= len(norms) || lang.RuneCount(norms[k]) < 4 || !hasEnding(norms[k], cases) || verbForm(norms[k]) {
		return 0
	}
	return k + 1
}

// verbForm reports whether norm ends as a finite verb does, which no
// noun of a name's tail does: a vowel and the past's -л, -ла, -ло, -ли
// (заявил in five letters or more, as сил, правил are nouns; обещала,
// заявило, заявили), a reflexive -ся, -сь, a vowel and the present's -ет,
// -ют, -ят (делает, играют, стоят), or -ит in five letters or more
// (говорит).
func verbForm(norm string) bool {
	if len(norm) < 6 { // three Cyrillic letters
		return false
	}
	runes := lang.RuneCount(norm)
	last, size := utf8.DecodeLastRuneInString(norm)
	before := norm[:len(norm)-size]
	if last == 'л' {
		return runes >= 5 && endsInVowelLetter(before)
	}
	prev, size2 := utf8.DecodeLastRuneInString(before)
	stem := before[:len(before)-size2]
	switch {
	case prev == 'с' && (last == 'я' || last == 'ь'):
		return true
	case prev == 'л' && (last == 'а' || last == 'о' || last == 'и'):
		return endsInVowelLetter(stem)
	case last == 'т' && (prev == 'е' || prev == 'ю' || prev == 'я'):
		return endsInVowelLetter(stem)
	case last == 'т' && prev == 'и':
		return runes >= 5
	}
	return false
}

// endsInVowelLetter reports whether s ends in a Russian vowel.
func endsInVowelLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("аеёиоуыэюя", r)
}

// genitivePhrase returns the end of the genitive phrase that starts at
// norms[i] (adjectives in the genitive and any noun after them, or a
// noun of five letters or more in the genitive), or 0.
func genitivePhrase(norms []string, i int) int {
	k := i
	for k < len(norms) && hasEnding(norms[k], genitiveAdjectiveEndings) && tailAdjective(norms[k]) {
		k++
	}
	switch {
	case k > i && k < len(norms) && !verbForm(norms[k]): // adjectives and their noun
		return k + 1
	case k == i && k < len(norms) && lang.RuneCount(norms[k]) >= 4 && norms[k] != "пока" && genitiveNoun(norms[k]):
		return k + 1
	}
	return 0
}

// adjectiveSuffixEndings are adjectives' endings after the suffixes -н-
// and -ск- (ценным, пищевой is left to adjectiveOf), which no noun
// ends in, and participleSuffixes the suffixes of participles
// (окружающей, действующих, бывших), which adjectiveOf, reading seen
// forms, may not know.
var (
	adjectiveSuffixEndings = []string{"ным", "ной", "ного", "ных", "ному", "ским", "ской", "ского", "ских", "скому"}
	participleSuffixes     = []string{"ющ", "ящ", "ащ", "ущ", "вш"}
)

// tailAdjective reports whether norm, a word of a name's tail, is an
// adjective or a participle: adjectiveOf's, or one of five letters or more
// ending as adjectiveSuffixEndings do, or with a long adjective's ending
// after a participle's suffix.
func tailAdjective(norm string) bool {
	if isAdjectiveForm(norm) {
		return true
	}
	if lang.RuneCount(norm) < 5 {
		return false
	}
	if hasEnding(norm, adjectiveSuffixEndings) {
		return true
	}
	for _, e := range genitiveAdjectiveEndings {
		if stem, ok := strings.CutSuffix(norm, e); ok {
			return hasEnding(stem, participleSuffixes)
		}
	}
	for _, e := range []string{"ему", "им", "ая", "ее", "ие"} {
		if stem, ok := strings.CutSuffix(norm, e); ok {
			return hasEnding(stem, participleSuffixes)
		}
	}
	return false
}

// genitiveNoun reports whether norm ends as a noun in the genitive that
// no verb, adverb or participle does.
func genitiveNoun(norm string) bool {
	return hasEnding(norm, genitiveNounEndings) ||
		hasEnding(norm, genitiveSingularEndings) && !hasEnding(norm, notGenitiveEndings) && !isAdjectiveForm(norm)
}

// isAdjectiveForm reports whether norm has an adjective's ending
// (adjectiveOf).
func isAdjectiveForm(norm string) bool {
	_, ok := adjectiveOf(norm)
	return ok
}

func hasEnding(norm string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	return false
}

var _ lang.OrganizationNamedAfter = Russian{}

// NamedAfter reports whether norm is имени, "named after"
// (lang.OrganizationNamedAfter). памяти, "in memory of", is left out: it
// follows a body's name for an event held there as often.
func (Russian) NamedAfter(norm string) bool { return norm == "имени" }

var _ lang.HeadTails = Russian{}

// taskHeadStems begin the head nouns of bodies named for a task, which
// take a phrase after по or при as a part of the name (Комиссия по
// ценным бумагам, Управление по борьбе с наркотиками, Совет по правам
// человека, Комитет при президенте); a legislature, a court or a party
// is named alone, and a phrase after it is what it does (в Сенате по
// утверждению кандидатуры).
var taskHeadStems = newStemList("комисси", "комитет", "агентств", "управлени", "служб", "центр", "совет",
	"департамент", "министерств", "организаци", "фонд", "бюро", "институт", "ведомств", "инспекци",
	"отдел", "штаб", "ассоциаци", "групп", "администраци", "трибунал")

// HeadTailLength returns how many of norms, the lower-case words after
// head, a capitalized head noun named alone, go on with its name
// (lang.HeadTails): a phrase after по or при only after the head of a
// body named for a task (taskHeadStems), and genitive phrases only
// inside a sentence: opening it, "Совет директоров компании" and "Суд
// присяжных" are common nouns as often.
func (r Russian) HeadTailLength(head string, norms []string, opening bool) int {
	if len(norms) == 0 {
		return 0
	}
	if norms[0] == "по" || norms[0] == "при" {
		if !hasPrefix(head, taskHeadStems) {
			return 0
		}
	} else if opening {
		return 0
	}
	return r.TailLength(norms)
}

var _ lang.FiniteVerbs = Russian{}

// FiniteVerb reports whether norm ends as a finite verb does and as no
// noun of a name does (lang.FiniteVerbs): a reflexive -ся, -сь
// (собирается), a past in -ил-, -ыл-, -ял-, -ул-, -ёл- (победил, заявила,
// ввёл, and the prefixed forms of вёл written without ё: ввел, привела,
// провело, but not -авел, which ends Павел; not -ал-, -ел-, -ол-, which end
// трибунала, отдела, комсомола too),
// a past plural in -али, -или, -яли, -ули, -ыли (ввели is left out with
// недели, модели), a present in -ает, -яет, -ует, -ают, -яют, -уют
// (делает, играют).
func (Russian) FiniteVerb(norm string) bool {
	if len(norm) < 8 { // four Cyrillic letters
		return false
	}
	for _, e := range finiteVerbEndings {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	// The past of вести in any gender: the ending as it stands, or before
	// -а or -о, cut once here where the suffixes made of each ending were
	// two concatenations a call.
	base, _ := strings.CutSuffix(norm, "а")
	if base == norm {
		base, _ = strings.CutSuffix(norm, "о")
	}
	for _, e := range ledEndings {
		if strings.HasSuffix(norm, e) || strings.HasSuffix(base, e) {
			return true
		}
	}
	return false
}

// ledEndings end the past of вести after a prefix, written without ё
// (ввел, привел, провел, перевел, вывел, подвел, отвел, развел, увел).
var ledEndings = []string{"ввел", "ивел", "овел", "евел", "ывел", "двел", "твел", "звел", "увел"}

var finiteVerbEndings = []string{"ся", "сь", "ил", "ыл", "ял", "ул", "ёл", "ила", "ыла", "яла", "ула", "ёла",
	"ило", "ыло", "яло", "уло", "али", "или", "яли", "ули", "ыли", "ает", "яет", "ует", "ают", "яют", "уют"}
