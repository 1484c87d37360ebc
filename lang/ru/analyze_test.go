package ru

import (
	"testing"
	"unicode/utf8"
)

func TestAnalyzeFindsNominative(t *testing.T) {
	tests := []struct{ form, stem string }{
		// feminine -ия
		{"России", "россия"}, {"Россией", "россия"}, {"Россию", "россия"}, {"Российской", "российская"},
		{"Турции", "турция"}, {"Турцией", "турция"}, {"Индии", "индия"}, {"Индию", "индия"},
		{"Германии", "германия"}, {"Федерации", "федерация"}, {"Федерацией", "федерация"},
		{"Организации", "организация"}, {"Бразилии", "бразилия"}, {"Франции", "франция"},
		// feminine -а
		{"Москвы", "москва"}, {"Москве", "москва"}, {"Москву", "москва"}, {"Москвой", "москва"},
		{"Анкары", "анкара"}, {"Анкаре", "анкара"}, {"Думы", "дума"}, {"Захаровой", "захарова"},
		{"Европы", "европа"}, {"Африки", "африка"}, {"Америке", "америка"}, {"Кореи", "корея"},
		// masculine hard, surnames, Chinese names
		{"Мишустина", "мишустин"}, {"Мишустину", "мишустин"}, {"Мишустиным", "мишустин"}, {"Мишустине", "мишустин"},
		{"Цяном", "цян"}, {"Цяна", "цян"}, {"Цзиньпина", "цзиньпин"}, {"Цзиньпином", "цзиньпин"},
		{"Пекина", "пекин"}, {"Пекине", "пекин"}, {"Пекином", "пекин"}, {"Путиным", "путин"},
		{"Лаврова", "лавров"}, {"Лавровым", "лавров"}, {"Ханчжоу", "ханчжоу"}, {"Казахстана", "казахстан"},
		{"Казахстаном", "казахстан"}, {"Узбекистане", "узбекистан"}, {"Совета", "совет"}, {"Союзом", "союз"},
		// masculine soft
		{"Китая", "китай"}, {"Китаю", "китай"}, {"Китаем", "китай"}, {"Китае", "китай"},
		{"Шанхая", "шанхай"}, {"Шанхае", "шанхай"}, {"Израиля", "израиль"}, {"Израилем", "израиль"},
		{"Кремля", "кремль"}, {"Кремле", "кремль"},
		// neuter and adjectives
		{"Чжэцзяне", "чжэцзян"}, {"сотрудничества", "сотрудничество"}, {"Соглашения", "соглашение"},
		{"Объединённых", "объединенный"}, {"Наций", "нация"}, {"Государственной", "государственная"},
		{"Шанхайской", "шанхайская"}, {"Нового", "новый"}, {"Генеральному", "генеральный"},
		{"Штатов", "штат"}, {"Штатах", "штат"}, {"Эмиратов", "эмират"},
		{"Газпрома", "газпром"}, {"Йоханнесбурге", "йоханнесбург"}, {"Бишкеке", "бишкек"},
		{"Монголию", "монголия"}, {"Владимиром", "владимир"}, {"Цзиньпину", "цзиньпин"},
		{"Европе", "европа"}, {"Казань", "казань"}, {"Кремлём", "кремль"},
		// indeclinable
		{"ООН", "оон"}, {"БРИКС", "брикс"}, {"ШОС", "шос"}, {"Ли", "ли"}, {"Токио", "токио"},
	}
	var r Russian
	for _, tt := range tests {
		word := r.Fold(tt.form)
		as := r.Analyze(word)
		if as[0].Stem != word {
			t.Errorf("Analyze(%q)[0] = %q, want the word itself first", word, as[0].Stem)
		}
		found := false
		for _, a := range as {
			found = found || a.Stem == tt.stem
		}
		if !found {
			var got []string
			for _, a := range as {
				got = append(got, a.Stem)
			}
			t.Errorf("Analyze(%q) = %q, want %q among them", word, got, tt.stem)
		}
		if len(as) > maxAnalyses {
			t.Errorf("Analyze(%q) gave %d candidates, want at most %d", word, len(as), maxAnalyses)
		}
	}
	if len(tests) < 60 {
		t.Fatalf("table has %d forms, want at least 60", len(tests))
	}
}

func TestAnalyzeLatinUnchanged(t *testing.T) {
	as := Russian{}.Analyze("brics")
	if len(as) != 1 || as[0].Stem != "brics" {
		t.Errorf("Analyze(brics) = %v, want only the word", as)
	}
}

// TestEndingsByLast checks that endingsByLast lists every ending, under
// its last letter, in the order of endings.
func TestEndingsByLast(t *testing.T) {
	n := 0
	for k, list := range endingsByLast {
		for j, i := range list {
			if r, _ := utf8.DecodeLastRuneInString(endings[i].End); r != rune(0x400+k) || j > 0 && list[j-1] >= i {
				t.Errorf("ending %q listed under %q, or out of order", endings[i].End, rune(0x400+k))
			}
			n++
		}
	}
	if n != len(endings) {
		t.Errorf("%d endings listed, %d in the table", n, len(endings))
	}
}
