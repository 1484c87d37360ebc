package ru

import "strings"

// EnglishHead returns the English noun for a Russian head noun of a
// place's or an organization's name in its dictionary form, or ""
// (lang.NameHeadTranslator). Listed are the heads whose English noun
// keys otherwise (улица, street; суд, court; not университет, university,
// or комитет, committee, which Russian spells as English does); a noun
// that drops a vowel in its other cases is listed in their stem too
// (дворец, дворца: дворц).
//
// The other words of an organization's name that news translates word
// for word where it spells the rest (Детская больница Рэди, Rady
// Children's Hospital; Совет Безопасности, Security Council) are listed
// too, as the English word: nouns in their dictionary form, adjectives in
// their stem (детск-: детская, детского), for the dictionary forms the
// readings give (детская, детский). An organization's name is most often
// a calque of its English one, and its ID then keys the same words in
// every language. Words Russian borrows are not listed (национальный,
// генеральный, центр: their keys are the English words' already).
func (Russian) EnglishHead(stem string) string {
	if en := englishHeads[stem]; en != "" {
		return en
	}
	if en := nameNouns[stem]; en != "" {
		return en
	}
	if base, ok := adjectiveStem(stem); ok {
		return nameAdjectives[base]
	}
	return ""
}

// adjectiveStem returns a dictionary form of an adjective (детская,
// детский, детское) without its ending, with true; else false.
func adjectiveStem(w string) (string, bool) {
	for _, end := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+4 {
			return w[:len(w)-len(end)], true
		}
	}
	return "", false
}

var nameNouns = map[string]string{
	"безопасность": "security", "оборона": "defense", "здравоохранение": "health", "образование": "education",
	"исследование": "research", "наука": "science", "история": "history", "природа": "nature",
	"новость": "news", "союз": "union", "агентство": "agency", "служба": "service", "общество": "society",
	"юстиция": "justice", "бедствие": "disaster", "промышленность": "industry", "человек": "human", "права": "rights",
}

var nameAdjectives = map[string]string{
	"детск": "children", "международн": "international", "государственн": "state", "верховн": "supreme",
	"всемирн": "world", "миров": "world", "народн": "people", "чрезвычайн": "emergency", "научн": "science",
	"исследовательск": "research", "промышленн": "industry", "природн": "natural", "финансов": "finance",
	"образовательн": "education",
}

var englishHeads = map[string]string{
	"улица": "street", "проспект": "avenue", "бульвар": "boulevard", "площадь": "square", "мост": "bridge",
	"океан": "ocean", "река": "river", "озеро": "lake", "остров": "island",
	"совет": "council", "суд": "court", "комиссия": "commission",
	"отель": "hotel", "гостиница": "hotel", "больница": "hospital", "музей": "museum", "школа": "school",
	"фонд": "foundation", "дворец": "palace", "дворц": "palace", "стадион": "stadium", "министерство": "ministry",
	"долина": "valley", "тюрьма": "prison", "мечеть": "mosque", "республика": "republic",
}
