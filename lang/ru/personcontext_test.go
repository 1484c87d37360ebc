package ru

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestPersonBefore(t *testing.T) {
	tests := []struct {
		before, last string
		want         bool
	}{
		{"судьи", "кавано", true},
		{"судьей", "кавано", true},
		{"кандидатуру", "кавано", true},
		{"г-на", "сутопо", true},
		{"мистере", "бине", true},
		{"назначение", "сутопо", true},
		{"номинации", "кавано", true},
		{"допрос", "кавано", true},
		{"адрес", "кавано", true},
		{"адреса", "кавано", false},      // no other form of адрес
		{"высказыванием", "уэста", true}, // no role: a genitive in -а too
		{"тело", "кореи", false},         // the body of Korea: left to the model
		{"книги", "дарвина", false},
		{"книжный", "кавано", false},
		{"речи", "ри", false},
		{"речного", "кавано", false},          // not речь
		{"президент", "македонии", false},     // a place's genitive
		{"губернатору", "подмосковья", false}, // a place's genitive
		{"после", "кавано", false},            // a preposition, not посол
		{"заявил", "кавано", true},            // the speaker after a quotation, or the one told
		{"говорит", "зарате", true},           // «...», — говорит Зарате
		{"посетил", "дептфорд", false},        // a deed's object: a place as often
		{"встретился", "ри", false},
		{"смерти", "бату", true},          // a person's death
		{"гробницы", "тутанхамона", true}, // a person's tomb
		{"сыновья", "брахмы", true},       // kin
		{"брат", "уэста", true},
		{"смертельный", "бату", false},     // no kin or death noun
		{"мать", "городов", false},         // мать is left out
		{"высмеять", "уэста", true},        // an infinitive's animate object
		{"поддержать", "тимбалэнда", true}, // -ать
		{"посетить", "лондон", false},      // a place's accusative: its nominative
		{"посетить", "москву", false},      // or -у
		{"добраться", "лондона", false},    // a reflexive infinitive takes no object
		{"части", "лондона", false},        // -ти: a noun as often
		{"треть", "лондона", false},        // a noun in -ть
		{"двадцать", "лондона", false},     // a numeral
		{"десять", "лондона", false},       // a numeral
	}
	for _, tc := range tests {
		if got := (Russian{}).PersonBefore(tc.before, tc.last); got != tc.want {
			t.Errorf("PersonBefore(%q, %q) = %v, want %v", tc.before, tc.last, got, tc.want)
		}
	}
}

func TestPersonAfter(t *testing.T) {
	tests := []struct {
		before, after string
		want          bool
	}{
		{"однако", "поставил", true},
		{"", "пожаловался", true},
		{"что", "пришел", true},
		{"", "был", true},
		{"в", "остался", false},        // a preposition's object
		{"вулкан", "засыпал", false},   // a place kind
		{"провинции", "заявил", false}, // a place cue
		{"президент", "заявил", false}, // the verb agrees with the role
		{"", "начинают", false},        // present tense
		{"", "в", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).PersonAfter(tc.before, tc.after); got != tc.want {
			t.Errorf("PersonAfter(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestPersonOpens(t *testing.T) {
	tests := []struct {
		word  string
		after []string
		want  bool
	}{
		{"Помпео", []string{"встретился", "с"}, true},
		{"Нугрохо", []string{"назвал", "ущерб"}, true},
		{"Ри", []string{"упомянул"}, true},
		{"Батуми", []string{"не", "принял"}, false}, // не: a town as often
		{"Уиллоуби", []string{"создала", "бренд"}, true},
		{"Гайлз", []string{"также", "добавил"}, false},       // ends in a consonant, like Russian nouns
		{"Правительство", []string{"заявило"}, false},        // a neuter noun and verb
		{"Это", []string{"был", "гол"}, false},               // a common word
		{"И", []string{"поставил"}, false},                   // a conjunction
		{"Помпео", []string{"планирует", "посетить"}, false}, // present tense: no gender
		{"Помпео", nil, false},
		{"Одновременно", []string{"руководил", "кафедрой"}, false}, // adverbs of adjectives
		{"Официально", []string{"объявил", "об"}, false},
		{"Публично", []string{"выступила", "против"}, false},
		{"Хорошо", []string{"знал", "его"}, false},
		{"Поначалу", []string{"работал", "на"}, false}, // a closed adverb
		{"Вначале", []string{"служил", "в"}, false},
		{"Кавано", []string{"родился", "в"}, true},   // a surname in -о is still one (Моно is not: text writes моно in lower case)
		{"Ришо", []string{"подписал", "указ"}, true}, // -шо ends surnames: хорошо is listed
		{"Пашо", []string{"отказался", "от"}, true},
		{"Бушо", []string{"подтвердил", "это"}, true},
		{"Ханно", []string{"покинул", "клуб"}, true}, // too short for an adverb in -нно
		{"Бенно", []string{"заявил", "что"}, true},
		{"Охотно", []string{"помогал", "им"}, false}, // six letters: an adverb
		{"Удобно", []string{"расположился", "в"}, false},
		{"Ясно", []string{"дал", "понять"}, false}, // short adverbs listed
		{"Точно", []string{"знал", "об"}, false},
		{"Цунами", []string{"последовал", "за"}, false}, // an indeclinable common noun: a dictionary word
		{"Кофе", []string{"остыл"}, false},
		{"Книгу", []string{"опубликовал", "Ли"}, false}, // an object put first: a common word's form (commonForm)
		{"Успешно", []string{"гастролировала", "в"}, false},
		{"Широко", []string{"обсуждался", "её"}, false},
	}
	for _, tc := range tests {
		if got := (Russian{}).PersonOpens(tc.word, tc.after); got != tc.want {
			t.Errorf("PersonOpens(%q, %q) = %v, want %v", tc.word, tc.after, got, tc.want)
		}
	}
}

func TestCommonForm(t *testing.T) {
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"книгу", true},   // text writes it in lower case
		{"статью", true},  // likewise
		{"орлов", false},  // a dictionary form (of орёл), but text capitalizes it: a surname
		{"помпео", false}, // neither text nor the dictionary knows it
		{"ли", false},     // too short to tell: a particle, and a surname
		{"", false},
	} {
		if got := (Russian{}).commonForm(tc.norm); got != tc.want {
			t.Errorf("commonForm(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestOpeningSubject(t *testing.T) {
	tests := []struct {
		word  string
		after []string
		want  bool
	}{
		{"Гайлз", []string{"также", "добавил"}, true},
		{"Старридж", []string{"получил", "пас"}, true},
		{"Роуз", []string{"сыграла", "роль"}, true},
		{"Орфей", []string{"завещал", "ему"}, true},
		{"Римский-Корсаков", []string{"родился", "в"}, true},
		{"Помпео", []string{"встретился"}, false},       // a vowel: PersonOpens
		{"Ураган", []string{"оказался"}, false},         // a dictionary word
		{"Глэм-рок", []string{"перестал"}, false},       // a lower-case last part
		{"Интернет", []string{"изменил", "мир"}, false}, // written in lower case at times
		{"Эверест", []string{"был", "покорен"}, false},  // был
		{"Гайлз", []string{"добавляет"}, false},         // present tense
		{"Гайлз", nil, false},
		{"Твиттер", []string{"заблокировал"}, false},               // a web service
		{"Грант", []string{"получил", "профессор", "иван"}, false}, // the subject after the verb
	}
	for _, tc := range tests {
		if got := (Russian{}).OpeningSubject(tc.word, tc.after); got != tc.want {
			t.Errorf("OpeningSubject(%q, %q) = %v, want %v", tc.word, tc.after, got, tc.want)
		}
	}
}

// TestPastSingular checks the one list of past-tense endings the opening
// subjects' verbs are told by.
func TestPastSingular(t *testing.T) {
	for w, want := range map[string]bool{
		"получил": true, "сыграла": true, "вернулся": true, "осталась": true, "прибыл": true, "пришел": true,
		"был": true, "стол": true, // the form alone: OpeningSubject leaves out был (linkVerbs), a noun is told by its place
		"ел": false, "получили": false, "играет": false, "заявило": false,
	} {
		if got := pastSingular(w); got != want {
			t.Errorf("pastSingular(%q) = %v, want %v", w, got, want)
		}
	}
	// The endings' shape against the list, on each ending after a stem of
	// no letter, one and two, each ending cut short, short and invalid
	// words, and every word of forms.txt.
	words := append(formWords(0), "", "л", "ла", "ёл", "\xffл", "\xd1л", "aл", "ил\xff")
	for _, e := range pastSingularEndings {
		for _, stem := range []string{"", "п", "сп", "ё", "ь"} {
			words = append(words, stem+e, stem+e[:len(e)-1], stem+e+"и", stem+"ё"+e[len("а"):])
		}
	}
	for _, w := range words {
		want := lang.RuneCount(w) >= 3 && hasAnySuffix(w, pastSingularEndings...)
		if got := pastSingular(w); got != want {
			t.Errorf("pastSingular(%q) = %v, want %v (pastSingularEndings)", w, got, want)
		}
	}
}

// TestSubjectVerb checks that the verb is looked for past one adverb, not
// past the negation (Батуми не принял: a town as often).
func TestSubjectVerb(t *testing.T) {
	tests := []struct {
		after string
		want  int
	}{
		{"добавил", 0},
		{"также добавил", 1},
		{"же сказал", 1},
		{"не принял", 0},
		{"также", 0}, // no word after the adverb
	}
	for _, tc := range tests {
		if got := subjectVerb(strings.Fields(tc.after)); got != tc.want {
			t.Errorf("subjectVerb(%q) = %d, want %d", tc.after, got, tc.want)
		}
	}
}
