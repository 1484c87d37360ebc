package ru

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		text string
		kind lang.Kind
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"Ли Цяном, России.", []tok{{"Ли", lang.Word}, {"Цяном", lang.Word}, {",", lang.Punct}, {"России", lang.Word}, {".", lang.Punct}}},
		{"«Газпрома»", []tok{{"«", lang.Punct}, {"Газпрома", lang.Word}, {"»", lang.Punct}}},
		{"в г. Москве, ул. Тверская", []tok{{"в", lang.Word}, {"г.", lang.Abbreviation}, {"Москве", lang.Word}, {",", lang.Punct}, {"ул.", lang.Abbreviation}, {"Тверская", lang.Word}}},
		{"т.е. им. Ленина", []tok{{"т.е.", lang.Abbreviation}, {"им.", lang.Abbreviation}, {"Ленина", lang.Word}}},
		{"М. Мишустин", []tok{{"М.", lang.Abbreviation}, {"Мишустин", lang.Word}}},
		{"ООН и БРИКС", []tok{{"ООН", lang.Abbreviation}, {"и", lang.Word}, {"БРИКС", lang.Abbreviation}}},
		{"Санкт-Петербург из-за Кот-д'Ивуар 'да'", []tok{{"Санкт-Петербург", lang.Word}, {"из-за", lang.Word}, {"Кот-д'Ивуар", lang.Word}, {"'", lang.Punct}, {"да", lang.Word}, {"'", lang.Punct}}},
		{"5,2% 1.250 30-й 14:30 04.11.2025", []tok{{"5,2%", lang.Percent}, {"1.250", lang.Number}, {"30-й", lang.Ordinal}, {"14:30", lang.Time}, {"04.11.2025", lang.Date}}},
		{"см. https://tass.ru/x.", []tok{{"см.", lang.Abbreviation}, {"https://tass.ru/x", lang.URL}, {".", lang.Punct}}},
		{"info@tass.ru #БРИКС @tass", []tok{{"info@tass.ru", lang.Email}, {"#БРИКС", lang.Hashtag}, {"@tass", lang.Mention}}},
		{"G20 -- ёлка...", []tok{{"G20", lang.Word}, {"--", lang.Punct}, {"ёлка", lang.Word}, {"...", lang.Punct}}},
		{"a\xffb", []tok{{"a", lang.Word}, {"\xff", lang.Other}, {"b", lang.Word}}},
		{"", nil},
	}
	for _, tt := range tests {
		got := Russian{}.Tokenize(tt.in)
		var gotT []tok
		for _, g := range got {
			gotT = append(gotT, tok{g.Text, g.Kind})
		}
		if len(gotT) != len(tt.want) {
			t.Errorf("Tokenize(%q) = %v, want %v", tt.in, gotT, tt.want)
			continue
		}
		for i := range gotT {
			if gotT[i] != tt.want[i] {
				t.Errorf("Tokenize(%q)[%d] = %v, want %v", tt.in, i, gotT[i], tt.want[i])
			}
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Ёлкин": "елкин", "МОСКВА": "москва", "Е\u0308": "е"} {
		if got := (Russian{}).Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTokenNormIsFold checks that the tokenizer's Norm, folded through the
// arena, is Fold of the token, whether a rune NFC may change comes before
// or after the first rune folding changes.
func TestTokenNormIsFold(t *testing.T) {
	for _, in := range []string{"москва", "Москва", "МОСКВА", "Ёлкин", "Е\u0308", "МЕ\u0308Д", "ме\u0308д", "Ca\u0301rdenas", "CA\u0301RDENAS", "İstanbul", "Ⱥb"} {
		for _, tok := range (Russian{}).Tokenize(in) {
			if want := (Russian{}).Fold(tok.Text); tok.Norm != want {
				t.Errorf("Tokenize(%q): token %q has Norm %q, want %q", in, tok.Text, tok.Norm, want)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Встреча прошла в г. Москве. Ли Цян сказал: «Мы готовы». — Хорошо! 2025 год... и далее\n\nНовый абзац"
	toks := Russian{}.Tokenize(text)
	var got []string
	for _, s := range (Russian{}).Sentences(text, toks) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Встреча прошла в г. Москве.", "Ли Цян сказал: «Мы готовы».", "— Хорошо!", "2025 год... и далее", "Новый абзац"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func TestSentencesAtLineBreaks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Путин провёл встречу с Си Цзиньпином\nВстреча прошла в Москве.", "Путин провёл встречу с Си Цзиньпином|Встреча прошла в Москве."},
		{"Москва, 5 октября\n«Газпром» сообщил об этом.", "Москва, 5 октября|«Газпром» сообщил об этом."},
		{"Делегация прибыла в\nМоскву, а затем в\nПекин.", "Делегация прибыла в\nМоскву, а затем в\nПекин."},
		{"Он встретился с Путиным,\nЛавровым и Ли.", "Он встретился с Путиным,\nЛавровым и Ли."},
		{"конец строки\nпродолжение", "конец строки\nпродолжение"},
		{"Переговоры прошли между\nРоссией и Китаем в Св.\nМартине.", "Переговоры прошли между\nРоссией и Китаем в Св.\nМартине."},
		{"«Куда вы смотрели?» — спросил депутат. — Хорошо!", "«Куда вы смотрели?» — спросил депутат.|— Хорошо!"},
		{"Это случилось в 1991 г. Тогда всё изменилось. Цена 5 млн руб. В прошлом году меньше. Встреча прошла в г. Москве.",
			"Это случилось в 1991 г.|Тогда всё изменилось.|Цена 5 млн руб.|В прошлом году меньше.|Встреча прошла в г. Москве."},
		{"В 2000 г. Путин стал президентом.", "В 2000 г. Путин стал президентом."},
		{"Меры:\n1. Школы закрыты.\n2. Дороги расчищены.", "Меры:|1. Школы закрыты.|2. Дороги расчищены."},
		// Hard-wrapped text: a line break is a space, a blank line still ends.
		{"Министр заявил во вторник, что переговоры двух\nстран возобновятся на следующей неделе в Женеве\nпосле перерыва в два месяца, а вести их будет\nлидер Северной Кореи.\n\nДругая новость",
			"Министр заявил во вторник, что переговоры двух\nстран возобновятся на следующей неделе в Женеве\nпосле перерыва в два месяца, а вести их будет\nлидер Северной Кореи.|Другая новость"},
	}
	for _, tt := range tests {
		toks := Russian{}.Tokenize(tt.text)
		var got []string
		for _, s := range (Russian{}).Sentences(tt.text, toks) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

// checkInvariant checks the lang invariants on one input (langtest.Segment).
func checkInvariant(t *testing.T, text string) {
	langtest.Segment(t, Russian{}, text)
}

func TestStoryInvariant(t *testing.T) {
	b, err := os.ReadFile("../../testdata/story_ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariant(t, string(b))
}

func FuzzTokenize(f *testing.F) {
	f.Add("Ли Цяном, России. т.е. «Газпрома» 5,2% 30-й https://x.ru info@x.ru")
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariant(t, text)
		langtest.WordCues(t, Russian{}, Russian{}.Tokenize(text))
	})
}

func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../../testdata/story_ru.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 20)
	var r Russian
	b.SetBytes(int64(len(text)))
	ntok := 0
	for b.Loop() {
		ntok += len(r.Tokenize(text))
	}
	b.ReportMetric(float64(ntok)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkAnalyze(b *testing.B) {
	words := []string{"россии", "мишустиным", "цяном", "китаю", "москвы", "оон", "шанхайской", "сотрудничества"}
	var r Russian
	n := 0
	for b.Loop() {
		for _, w := range words {
			n += len(r.Analyze(w))
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

// TestCyrillicAt checks cyrillicAt against utf8 on every rune it decodes
// and on the byte sequences around them, and what wordEnd assumes of
// those runes: all are letters.
func TestCyrillicAt(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			s := string([]byte{byte(a), byte(b)})
			r, ok := cyrillicAt(s, 0)
			if wr, n := utf8.DecodeRuneInString(s); ok != (n == 2 && 0x400 <= wr && wr < 0x480) || ok && r != wr {
				t.Errorf("cyrillicAt(%q) = %U, %v; utf8 reads %U, %d", s, r, ok, wr, n)
			}
			if ok && !isWordRune(r) {
				t.Errorf("%U is no letter", r)
			}
			// foldInto skips what lang.LowerCyrillicAt accepts as folded already.
			wr, n := utf8.DecodeRuneInString(s)
			if want := n == 2 && 'а' <= wr && wr <= 'я'; lang.LowerCyrillicAt(s, 0) != want || want && (!nfcStable(wr) || foldedRunes[wr] != wr) {
				t.Errorf("lang.LowerCyrillicAt(%q, 0) = %v, want %v", s, !want, want)
			}
		}
		if _, ok := cyrillicAt(string([]byte{byte(a)}), 0); ok {
			t.Errorf("cyrillicAt(%q) found a rune in one byte", string([]byte{byte(a)}))
		}
	}
}
