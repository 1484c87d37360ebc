package ru

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/relation"
)

// titleHeads returns the nouns of titles, by their nominative (folded).
// The Lemma is the role as annotated: lower case, nominative singular. A
// head whose vowel drops in its other forms is listed by their stem too
// (посол, посла: "посл"). The table is made for the patterns (ruPatterns),
// not at every program's start.
func titleHeads() map[string]relation.TitleHead {
	return headsOf(
		"президент", "премьер-министр", "премьер", "министр", "замминистра", "председатель", "зампред",
		"сопредседатель", "глава", "госсекретарь", "секретарь", "генсек", "пресс-секретарь", "представитель",
		"спецпредставитель", "постпред", "полпред", "спецпосланник", "посланник", "посол", "консул",
		"генконсул", "канцлер", "вице-канцлер", "король", "королева", "принц", "принцесса", "эмир", "султан",
		"губернатор", "мэр", "лидер", "руководитель", "директор", "гендиректор", "вице-президент",
		"вице-премьер", "заместитель", "помощник", "советник", "спикер", "вице-спикер", "депутат", "сенатор",
		"командующий", "командир", "начальник", "главком", "генпрокурор", "прокурор", "судья", "папа",
		"патриарх", "тренер", "наставник", "капитан", "основатель", "владелец", "омбудсмен", "уполномоченный",
		"экс-президент", "экс-премьер", "министр-президент", "аятолла", "наследник", "замглавы", "вице-мэр",
		"директор-распорядитель",
		// Professions and ranks that news writes before a name or in apposition (the guideline's
		// ROLE is an office, a rank or a profession): "вратарь Аллан Макгрегор", "электрик Нарсис Термес".
		"вратарь", "голкипер", "полузащитник", "нападающий", "форвард", "баскетболист",
		"футболист", "хоккеист", "теннисист", "спортсмен", "эксперт", "специалист", "музыкант", "актер", "актёр",
		"актриса", "певец", "певица", "рэпер", "ведущий", "ведущая", "телеведущий", "телеведущая", "инспектор",
		"детектив", "следователь", "адвокат", "юрист", "журналист", "корреспондент", "редактор", "обозреватель",
		"аналитик", "экономист", "профессор", "исследователь", "врач", "хирург", "архитектор", "инженер", "пилот",
		"космонавт", "астронавт", "электрик", "механик", "преподобный", "священник", "пастор", "епископ",
		"архиепископ", "имам", "раввин", "кардинал", "генерал", "адмирал", "полковник", "сержант", "лейтенант",
		"инвестор", "предприниматель", "бизнесмен", "дипломат", "кандидат", "продюсер", "режиссер", "режиссёр",
		"дизайнер", "стилист", "писатель", "художник", "фотограф", "учитель", "менеджер", "арбитр", "защитник",
	)
}

func headsOf(heads ...string) map[string]relation.TitleHead {
	m := make(map[string]relation.TitleHead, 2*len(heads)+2)
	for _, h := range heads {
		m[h] = relation.TitleHead{Lemma: h}
	}
	for _, h := range heads {
		if f := feminineOf(h); f != "" {
			if _, listed := m[f]; !listed {
				m[f] = relation.TitleHead{Lemma: f}
			}
		}
	}
	// A feminine declined as an adjective after a sibilant (ведущая, ведущей, ведущую) is
	// read by the morphology without the spelling rule that writes а, not я, after ж, ч, ш,
	// щ: its stem comes back as "ведущяя". The head is found under that stem too.
	for _, h := range heads {
		if stem, ok := strings.CutSuffix(h, "ая"); ok && strings.ContainsAny(lastRune(stem), "жчшщ") {
			m[stem+"яя"] = relation.TitleHead{Lemma: h}
		}
	}
	m["посл"] = relation.TitleHead{Lemma: "посол"}
	m["член"] = relation.TitleHead{Lemma: "член", Member: true}
	// A player is his team's member: "игрок «Ливерпуля» Дэниэл Старридж".
	m["игрок"] = relation.TitleHead{Lemma: "игрок", Member: true}
	return m
}

// lastRune returns the last letter of s.
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// feminineOf returns the feminine of a title noun that Russian derives
// with a suffix, which the role keeps as written ("журналистка"): -ист →
// -истка, -тель → -тельница, -ник → -ница (советница, руководительница).
// "" for the others, which a woman holds unchanged (министр, эксперт).
func feminineOf(head string) string {
	switch {
	case strings.HasSuffix(head, "ист"):
		return head + "ка"
	case strings.HasSuffix(head, "тель"):
		return strings.TrimSuffix(head, "ь") + "ьница"
	case strings.HasSuffix(head, "ник"):
		return strings.TrimSuffix(head, "ик") + "ица"
	}
	return ""
}

// headForm accepts the readings of a word as a singular form of its stem:
// a title head is declined (министра, министром), a plural is no one
// person's title.
func headForm(a lang.Analysis) bool {
	if a.Stem == "посл" && a.Case == "Loc" {
		return false // после is the preposition "after" far more often than "about the ambassador"
	}
	switch a.Case {
	case "Nom", "Gen", "Dat", "Acc", "Ins", "Loc":
		return true
	}
	return false
}

// stemPrefix returns the part of a nominative that all its singular forms
// start with: less a final vowel, soft sign or й, and less the whole
// ending of a noun declined as an adjective (командующий → командующ,
// телеведущая → телеведущ).
func stemPrefix(stem string) string {
	for _, e := range []string{"ий", "ый", "ой", "ая"} { // and the feminine: телеведущая, телеведущей
		if strings.HasSuffix(stem, e) && lang.RuneCount(stem) > 4 {
			return stem[:len(stem)-len(e)]
		}
	}
	r, n := utf8.DecodeLastRuneInString(stem)
	if strings.ContainsRune("аяоеиыьй", r) && lang.RuneCount(stem) > 3 {
		return stem[:len(stem)-n]
	}
	return stem
}

// titleWords knows the words around a Russian title head (relation.TitleWords).
type titleWords struct{}

// ruModifierStems are the adjectives that may stand before a head inside
// a title, by their stem: генеральный секретарь, официальный представитель.
var ruModifierStems = lang.NewWordSet(setOf("генеральн", "главн", "официальн", "специальн", "постоянн", "перв", "верховн",
	"исполнительн", "государственн", "наследн", "действующ", "избранн", "федеральн", "старш", "временн",
	"региональн", "полномочн", "чрезвычайн",
	// A profession's kind: коммерческий директор, спортивный директор.
	"коммерческ", "исполнительн", "спортивн", "финансов", "технич"))

// ruBodyNouns are the genitives of the bodies one holds a title in, named
// after the title or left unnamed (тренер команды, капитан клуба): they are
// the title's, not the role's.
var ruBodyNouns = setOf("команды", "клуба", "сборной")

// ruPostposedStems are the adjectives that follow their head in a title:
// папа римский.
var ruPostposedStems = setOf("римск")

// Modifier returns the nominative masculine of a listed adjective in any
// case: генеральным → генеральный.
func (titleWords) Modifier(word string) (string, bool) {
	stem, ok := adjectiveStem(word)
	if !ok || !ruModifierStems.Has(stem) {
		return "", false
	}
	return masculine(stem), true
}

// Complements takes, after a head, a postposed adjective (римским →
// римский) and then the genitives that complete the title: nouns
// (дипломатии, обороны, коммерции) and adjectives with the noun they
// qualify (иностранных дел, сельского хозяйства). A noun before a quoted
// name is the name's class (партии «Альтернатива для Германии»), not part
// of the title: it is taken, but left out of the role.
func (titleWords) Complements(words []string) ([]string, int) {
	var forms []string
	i := 0
	if len(words) > 0 {
		if stem, ok := adjectiveStem(words[0]); ok && ruPostposedStems[stem] {
			forms = append(forms, masculine(stem))
			i++
		}
	}
	for i < len(words) && len(forms) < 4 {
		w := words[i]
		if i+1 < len(words) && isOpenQuote(words[i+1]) && lowerCyrillic(w) {
			return forms, i + 1 // the class noun of a quoted name: сопредседатель партии «...»
		}
		// The body's noun, with an adjective, is the title's, not the role's: тренер
		// команды Уилл Уэйд, главный тренер шотландского клуба are a тренер.
		if ruBodyNouns[w] {
			return forms, i + 1
		}
		if i+1 < len(words) && ruBodyNouns[words[i+1]] && genitiveAdjective(w) {
			return forms, i + 2
		}
		switch {
		case genitiveAdjective(w) && i+1 < len(words) && lowerCyrillic(words[i+1]):
			forms = append(forms, w, words[i+1])
			i += 2
		case genitiveNoun(w):
			forms = append(forms, w)
			i++
		default:
			return forms, i
		}
	}
	return forms, i
}

// adjectiveStem returns word less its adjective ending (singular or
// plural), keeping a stem of three letters at least. The endings are of
// three Cyrillic letters, or of two, two bytes a letter, and no word ends
// in two of them; a switch on the word's last bytes finds them several
// times faster than a scan of a list (title starts try every word).
func adjectiveStem(word string) (string, bool) {
	if len(word) > 6 {
		switch word[len(word)-6:] {
		case "ого", "его", "ому", "ему", "ыми", "ими":
			if moreRunes(word[:len(word)-6], 2) {
				return word[:len(word)-6], true
			}
		}
	}
	if len(word) > 4 {
		switch word[len(word)-4:] {
		case "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ым", "им", "ом", "ем", "ую", "юю", "ей", "ых", "их":
			if moreRunes(word[:len(word)-4], 2) {
				return word[:len(word)-4], true
			}
		}
	}
	return "", false
}

// moreRunes reports whether s has more than n runes, as lang.RuneCount
// counts them, reading n+1 of them at most: adjectiveStem asks it of the
// stem before an ending of whole runes, whose count adds to the stem's,
// where counting every rune of the word was most of its cost (title
// starts try every word).
func moreRunes(s string, n int) bool {
	for i := 0; i < len(s); n-- {
		if n == 0 {
			return true
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else if _, ok := lang.TwoByteRuneAt(s, i); ok {
			i += 2 // a Cyrillic letter, in line
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return false
}

// masculine returns the nominative masculine of an adjective stem: -ий
// after г, к, х and the hushing consonants, else -ый.
func masculine(stem string) string {
	r, _ := utf8.DecodeLastRuneInString(stem)
	if strings.ContainsRune("гкхжшчщ", r) {
		return stem + "ий"
	}
	return stem + "ый"
}

// genitiveAdjective reports whether word looks like an adjective in the
// genitive: иностранных, сельского, национальной.
func genitiveAdjective(word string) bool {
	if !lowerCyrillic(word) || lang.RuneCount(word) < 5 {
		return false
	}
	for _, e := range []string{"ых", "их", "ого", "его", "ой", "ей"} {
		if strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// genitiveNoun reports whether word looks like a noun in the genitive
// (обороны, дипломатии, финансов, правления) and not like a verb in the
// past tense (заявила, провели), which ends like one.
func genitiveNoun(word string) bool {
	if !lowerCyrillic(word) || lang.RuneCount(word) < 4 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(word)
	switch {
	case strings.HasSuffix(word, "ов") || strings.HasSuffix(word, "ев"):
		return true
	case !strings.ContainsRune("аяыи", r):
		return false
	}
	rest := word[:len(word)-n]
	if l, m := utf8.DecodeLastRuneInString(rest); l == 'л' {
		if v, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-m]); strings.ContainsRune("аеиоуыэюя", v) {
			return false // заявила, провели
		}
	}
	return true
}

// lowerCyrillic reports whether word is made of lower-case Cyrillic
// letters (and hyphens).
func lowerCyrillic(word string) bool {
	if word == "" {
		return false
	}
	for _, r := range word {
		if !(r >= 'а' && r <= 'я' || r == 'ё' || r == '-') {
			return false
		}
	}
	return true
}

func isOpenQuote(word string) bool {
	switch word {
	case "«", "\"", "„", "“":
		return true
	}
	return false
}
