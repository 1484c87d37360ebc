package main

import "strings"

// Language hints for the Russian transcription of leaders' names. The
// Factbook romanizes every name in Latin letters without diacritics; how
// the letters sound depends on the language of the name, guessed from the
// country. Each language adds digraphs and letter values in front of the
// English-based romanRuRules: German "ch" is х (Кристиан before r is к),
// Spanish "j" is х, French "ou" is у and "ch" ш, Slavic and Nordic "j" is
// й, Arabic "ould" is ульд. The result is a practical transcription; the
// best-known names are curated in curated/people.tsv.

var langByCountry = map[string]string{}

func init() {
	for lang, codes := range map[string]string{
		"de": "DE AT CH LI",
		"fr": "FR MC LU BE SN ML BF NE TD CM CF CG CD GA GN BJ TG MG DJ KM HT BI RW CI MR DZ TN MA PF NC PM WF MF BL SC MU",
		"es": "ES MX AR CL CO PE VE EC BO PY UY CU DO GT HN SV NI CR PA GQ PR",
		"pt": "PT BR AO MZ CV GW ST TL",
		"sl": "HR RS BA ME SI CZ SK PL MK BG XK AL LV LT EE",
		"nl": "NL SR AW CW SX SE NO DK IS FI FO GL",
		"it": "IT SM VA",
		"el": "GR CY",
		"ar": "SA AE QA KW BH OM YE IQ SY JO LB PS EG LY SD SO",
	} {
		for _, c := range strings.Fields(codes) {
			langByCountry[c] = lang
		}
	}
}

var langRuRules = map[string][]rule{
	"de": {{"sch", "ш"}, {"chr", "кр"}, {"ch", "х"}, {"ei", "ай"}, {"eu", "ой"}, {"ie", "и"}, {"tz", "ц"}, {"z", "ц"}, {"w", "в"}, {"j", "й"}},
	"fr": {{"eau", "о"}, {"chr", "кр"}, {"ould", "ульд"}, {"ou", "у"}, {"au", "о"}, {"ch", "ш"}, {"j", "ж"}, {"qu", "к"}, {"oi", "уа"}},
	"es": {{"ch", "ч"}, {"ll", "й"}, {"j", "х"}, {"z", "с"}, {"qu", "к"}, {"gue", "ге"}, {"gui", "ги"}, {"h", ""}},
	"pt": {{"ch", "ш"}, {"lh", "ль"}, {"nh", "нь"}, {"j", "ж"}, {"qu", "к"}, {"ao", "ан"}},
	"sl": {{"sz", "ш"}, {"cz", "ч"}, {"rz", "ж"}, {"xh", "дж"}, {"dj", "дж"}, {"j", "й"}, {"w", "в"}, {"ch", "х"}},
	"nl": {{"oe", "у"}, {"ij", "ей"}, {"j", "й"}, {"w", "в"}},
	"it": {{"gio", "джо"}, {"gia", "джа"}, {"giu", "джу"}, {"cia", "ча"}, {"cio", "чо"}, {"ciu", "чу"}, {"ch", "к"}, {"gh", "г"}, {"gli", "ли"}, {"gn", "нь"}, {"sce", "ше"}, {"sci", "ши"}, {"z", "ц"}},
	"el": {{"ch", "х"}, {"ou", "у"}},
	"ar": {{"ould", "ульд"}, {"gh", "г"}, {"ou", "у"}},
}

// commonRuRules are English-based digraphs every language shares in front
// of romanRuRules.
var commonRuRules = []rule{{"dj", "дж"}, {"tsh", "ч"}, {"ck", "к"}, {"gh", "г"}}

// englishGivenRu are English given names whose letters the rules cannot
// read (John is Джон, not Джохн); used where the country's language is
// English or not known.
var englishGivenRu = map[string]string{"John": "Джон", "George": "Джордж", "Mike": "Майк", "Michael": "Майкл",
	"James": "Джеймс", "David": "Дэвид", "Richard": "Ричард", "William": "Уильям", "Charles": "Чарльз",
	"Peter": "Питер", "Paul": "Пол", "Joseph": "Джозеф", "Edward": "Эдвард", "Christopher": "Кристофер",
	"Anthony": "Энтони", "Philip": "Филип", "Stephen": "Стивен", "Steven": "Стивен", "Andrew": "Эндрю",
	"Hugh": "Хью", "Keith": "Кит", "Nigel": "Найджел", "Ralph": "Ральф", "Kevin": "Кевин", "Brian": "Брайан",
	"Frank": "Фрэнк", "Henry": "Генри", "Jeremy": "Джереми", "Dean": "Дин", "Terrance": "Терренс", "Terence": "Теренс"}

// onlyEnglish are the names of englishGivenRu that are English in any
// country (Mike Eman of Aruba); the others follow the country's language
// elsewhere (Peter is Петер in Germany).
var onlyEnglish = map[string]bool{"John": true, "Mike": true, "James": true, "Keith": true, "Nigel": true,
	"Hugh": true, "Kevin": true, "Brian": true, "Jeremy": true, "Terrance": true, "Stephen": true, "Steven": true,
	"Andrew": true, "Christopher": true, "Anthony": true}

// personToRussian transcribes a leader's romanized name with the hints of
// the country's language.
func personToRussian(name, country string) string {
	rules := append(append(append([]rule{}, langRuRules[langByCountry[country]]...), commonRuRules...), romanRuRules...)
	words := strings.Fields(name)
	for i, w := range words {
		if ru, ok := englishGivenRu[w]; ok && (langByCountry[country] == "" || onlyEnglish[w]) {
			words[i] = ru
		} else {
			words[i] = romanToRussianWith(w, rules)
		}
	}
	out := strings.Join(words, " ")
	// Arabic article: al-Sisi → аль-Сиси, el-Sisi → эль-Сиси.
	for _, p := range [][2]string{{"ал-", "аль-"}, {"эл-", "эль-"}, {"Ал-", "Аль-"}, {"Эл-", "Эль-"}} {
		out = strings.ReplaceAll(out, p[0], p[1])
	}
	return out
}
