package ru

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
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
		{"Советском", "советский"}, {"Большом", "большой"}, // the prepositional of -ий and -ой
		{"Штатов", "штат"}, {"Штатах", "штат"}, {"Эмиратов", "эмират"},
		{"Газпрома", "газпром"}, {"Йоханнесбурге", "йоханнесбург"}, {"Бишкеке", "бишкек"},
		{"Монголию", "монголия"}, {"Владимиром", "владимир"}, {"Цзиньпину", "цзиньпин"},
		{"Европе", "европа"}, {"Казань", "казань"}, {"Кремлём", "кремль"},
		// a feminine noun in -ь: its instrumental -ью
		{"Беларусью", "беларусь"}, {"Казанью", "казань"}, {"Русью", "русь"},
		// a noun in -ец drops its е (дворец, дворца), a masculine adjective's locative
		{"Дворца", "дворец"}, {"Дворцом", "дворец"}, {"Торопце", "торопец"}, {"Донца", "донец"},
		{"Вестминстерском", "вестминстерский"}, {"Ниццу", "ницца"},
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

// analyzeBuilt is Analyze as first written, building every stem and
// keeping a set of them: Analyze must return the same analyses.
func analyzeBuilt(word string) []lang.Analysis {
	out := []lang.Analysis{{Stem: word, Case: "Nom"}}
	if !hasCyrillic(word) {
		return out
	}
	seen := map[string]bool{word: true}
	for _, e := range endings {
		if !strings.HasSuffix(word, e.End) {
			continue
		}
		base := word[:len(word)-len(e.End)]
		if utf8.RuneCountInString(base) < minStemRunes {
			continue
		}
		for _, nom := range e.Nom {
			stem := base + nom
			if seen[stem] || !plausibleStem(stem) {
				continue
			}
			seen[stem] = true
			out = append(out, lang.Analysis{Stem: stem, Suffixes: []string{e.End}, Case: e.Case})
			if len(out) == maxAnalyses {
				return out
			}
		}
	}
	return out
}

// formWords returns the first n word forms of forms.txt (formsText), all
// of them when n is 0: the tests' supply of real Russian words.
func formWords(n int) []string {
	var words []string
	for line := range strings.Lines(formsText) {
		if w, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
		if n > 0 && len(words) == n {
			break
		}
	}
	return words
}

// TestAnalyzeAsBuilt compares Analyze, and the stems of AppendStemParts,
// with analyzeBuilt on the word forms of forms.txt and on words made of
// every ending after short bases.
func TestAnalyzeAsBuilt(t *testing.T) {
	words := formWords(0)
	for _, base := range []string{"", "а", "ь", "мь", "ай", "дй", "кот", "ия"} {
		for _, e := range endings {
			words = append(words, base+e.End, base+e.End+e.End)
			for _, nom := range e.Nom {
				words = append(words, base+nom+e.End)
			}
		}
	}
	if len(words) < 40000 {
		t.Fatalf("%d words, want 40,000 at least", len(words))
	}
	var r Russian
	for _, w := range words {
		want := analyzeBuilt(w)
		if got := r.Analyze(w); !reflect.DeepEqual(got, want) {
			t.Errorf("Analyze(%q) = %v, want %v", w, got, want)
		}
		parts := r.AppendStemParts(nil, w)
		stems := make([]string, len(parts))
		for i, p := range parts {
			stems[i] = p.Base + p.Ending
		}
		wantStems := make([]string, len(want)-1)
		for i, a := range want[1:] {
			wantStems[i] = a.Stem
		}
		if !slices.Equal(stems, wantStems) || slices.ContainsFunc(parts, func(p lang.StemParts) bool { return !strings.HasPrefix(w, p.Base) }) {
			t.Errorf("AppendStemParts(%q) = %q, want bases of %q making %q", w, parts, w, wantStems)
		}
	}
}

// TestFewerRunes compares fewerRunes with counting every rune, on
// Cyrillic, Latin and invalid bytes.
func TestFewerRunes(t *testing.T) {
	for _, s := range []string{"", "а", "ав", "авг", "a", "ab", "\xff", "\xffа", "а\xff\xfe", "мишустин"} {
		for n := range 4 {
			if got, want := fewerRunes(s, n), utf8.RuneCountInString(s) < n; got != want {
				t.Errorf("fewerRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestHasCyrillic compares hasCyrillic's reading of bytes with decoding
// every rune, on every pair of bytes after ASCII or a Cyrillic letter and
// on words.
func TestHasCyrillic(t *testing.T) {
	byRune := func(s string) bool {
		for _, r := range s {
			if r >= 0x400 && r <= 0x4FF {
				return true
			}
		}
		return false
	}
	for a := range 256 {
		for b := range 256 {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), "x" + string([]byte{byte(a), byte(b)}), string([]byte{byte(a)}), "\xe2" + string([]byte{byte(a), byte(b)})} {
				if got, want := hasCyrillic(s), byRune(s); got != want {
					t.Errorf("hasCyrillic(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", "Москва", "Moscow", "ӿ", "Ԁ", "Ѐ", "abcЯ", "北京"} {
		if got, want := hasCyrillic(s), byRune(s); got != want {
			t.Errorf("hasCyrillic(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsVowel checks isVowel's switch against the list of vowels.
func TestIsVowel(t *testing.T) {
	for r := range rune(0x500) {
		if got, want := isVowel(r), strings.ContainsRune("аеёиоуыэюя", r); got != want {
			t.Errorf("isVowel(%q) = %v, want %v", r, got, want)
		}
	}
}
