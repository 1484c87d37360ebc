package ru

// EnglishHead returns the English noun for a Russian head noun of a
// place's or an organization's name in its dictionary form, or ""
// (lang.NameHeadTranslator). Listed are the heads whose English noun
// keys otherwise (улица, street; суд, court; not университет, university,
// or комитет, committee, which Russian spells as English does); a noun
// that drops a vowel in its other cases is listed in their stem too
// (дворец, дворца: дворц).
func (Russian) EnglishHead(stem string) string { return englishHeads[stem] }

var englishHeads = map[string]string{
	"улица": "street", "проспект": "avenue", "бульвар": "boulevard", "площадь": "square", "мост": "bridge",
	"океан": "ocean", "река": "river", "озеро": "lake", "остров": "island",
	"совет": "council", "суд": "court", "комиссия": "commission",
	"отель": "hotel", "гостиница": "hotel", "больница": "hospital", "музей": "museum", "школа": "school",
	"фонд": "foundation", "дворец": "palace", "дворц": "palace", "стадион": "stadium", "министерство": "ministry",
	"долина": "valley", "тюрьма": "prison", "мечеть": "mosque", "республика": "republic",
}
