package ru

import (
	"strings"
	"testing"
)

func TestTailLength(t *testing.T) {
	tests := []struct {
		words string // the lower-case words after a head noun
		want  int
	}{
		{"независимых школ заявил", 2},
		{"искусственного интеллекта", 2},
		{"политической экспертизы заявил", 2},
		{"профсоюзов выступил", 1},
		{"наследия еще", 1},
		{"по искусственному интеллекту заявил", 3},
		{"по ликвидации последствий стихийных бедствий сообщило", 5},
		{"по", 0},
		{"при президенте заявил", 2},
		{"при поддержке российской авиации заняла", 0},                       // with whose help: no part of the name
		{"национальной безопасности по искусственному интеллекту заявил", 5}, // по after genitives
		{"по оценке и использованию технологий сообщило", 5},                 // и inside the phrase
		{"по борьбе с наркотиками заявило", 4},                               // с and an instrumental
		{"по санитарному надзору за качеством пищевых продуктов и медикаментов одобрило", 9},
		{"по охране окружающей среды опубликовало", 4}, // a participle
		{"при прокуратуре владимир", 2},
		{"науки и высшего образования заявило", 4}, // genitives joined by и
		{"безопасности задержала", 1},
		{"обороны заявило", 1},
		{"по алкоголю , табаку и огнестрельному оружию расследует", 7}, // a list closed by и
		{"по алкоголю , табаку , сообщило", 2},                         // a list и does not close
		{"зеленых обещала", 0},                                         // a verb after a genitive adjective
		{"вооруженных сил", 2},
		{"спорта и", 1},
		{"рака", 1},
		{"пока не", 0},        // a masculine genitive in -а
		{"волейбола", 0},      // -ла ends a past tense too
		{"штата луизиана", 1}, // (the place is no tail)
		{"заявила сегодня", 0},
		{"сегодня", 0},
		{"собирается", 0},
		{"неполны", 0},  // a short adjective
		{"готовы к", 0}, // a short adjective
		{"торговли кнр", 1},
		{"по словам министра", 0},         // an adverbial phrase
		{"по всему видно", 0},             // a pronoun
		{"по искусственному и заявил", 0}, // no noun after по
		{"при этом", 0},                   // no noun after при
		{"намерены сделать", 0},           // a short participle
		{"заявили журналистам", 0},        // a past plural
		{"по борьбе и заявили", 2},        // no phrase after и
		{"независимых школ по словам", 2}, // an adverbial phrase after the genitives
		{"по их словам", 0},               // a short word after по
		{"заявила сегодня", 0},
		{"сегодня", 0},
		{"", 0},
	}
	for _, tc := range tests {
		if got := (Russian{}).TailLength(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("TailLength(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

func TestNamedAfter(t *testing.T) {
	for norm, want := range map[string]bool{"имени": true, "памяти": false, "имя": false, "память": false, "именно": false} {
		if got := (Russian{}).NamedAfter(norm); got != want {
			t.Errorf("NamedAfter(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestHeadTailLength(t *testing.T) {
	tests := []struct {
		head    string
		words   string
		opening bool
		want    int
	}{
		{"комиссией", "по занятости и навыкам", false, 4},
		{"комиссией", "по занятости и навыкам", true, 4},
		{"совета", "независимых школ", false, 2},
		{"совет", "директоров компании", true, 0}, // a genitive after a head opening a sentence
		{"совет", "директоров компании", false, 2},
		{"сенате", "по утверждению кандидатуры", false, 0}, // a legislature named alone
		{"суде", "по делу", false, 0},
		{"агентство", "по охране окружающей среды", true, 4},
		{"комиссией", "", false, 0},
	}
	for _, tc := range tests {
		if got := (Russian{}).HeadTailLength(tc.head, strings.Fields(tc.words), tc.opening); got != tc.want {
			t.Errorf("HeadTailLength(%q, %q, %v) = %d, want %d", tc.head, tc.words, tc.opening, got, tc.want)
		}
	}
}

func TestFiniteVerb(t *testing.T) {
	for norm, want := range map[string]bool{
		"победил": true, "заявила": true, "собирается": true, "делает": true, "играют": true, "заявили": true,
		"ввел": true, "привела": true, "провело": true, "павел": false, "модели": false,
		"трибунала": false, "отдела": false, "комсомола": false, "недели": false, "совет": false,
		"канал": false, "был": false, "сил": false, "бюджет": false, "ликвидации": false,
	} {
		if got := (Russian{}).FiniteVerb(norm); got != want {
			t.Errorf("FiniteVerb(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestFiniteVerbByList checks FiniteVerb against its endings read as
// lists, each of ledEndings as it stands and before -а and -о, on every
// word of forms.txt and on the endings after stems.
func TestFiniteVerbByList(t *testing.T) {
	words := formWords(0)
	for _, e := range ledEndings {
		words = append(words, "при"+e, "при"+e+"а", "при"+e+"о", "при"+e+"и", e+"а", "про"+e+"аа", "про"+e+"оа")
	}
	for _, w := range words {
		want := len(w) >= 8 && hasAnySuffix(w, finiteVerbEndings...)
		for _, e := range ledEndings {
			want = want || len(w) >= 8 && (strings.HasSuffix(w, e) || strings.HasSuffix(w, e+"а") || strings.HasSuffix(w, e+"о"))
		}
		if got := (Russian{}).FiniteVerb(w); got != want {
			t.Errorf("FiniteVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
