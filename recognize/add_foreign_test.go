package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestAddForeignScriptNames checks which capitalized runs of Latin words
// in Russian text become organizations.
func TestAddForeignScriptNames(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text string
		held       string // a mention already holds this word
		want       []string
	}{
		{"ru", "Она продает косметику Essie и Maybelline в магазинах .", "", []string{"Essie", "Maybelline"}},
		{"ru", "Акции Sun Microsystems выросли на бирже .", "", []string{"Sun Microsystems"}},
		{"ru", "Он долго работал в Industrial and Commercial Bank of China до самой войны .", "", []string{"Industrial and Commercial Bank of China"}},
		{"ru", "Данные по технологии comScore опубликованы сегодня .", "", []string{"comScore"}},
		{"ru", "Прогноз на сайте weather.com обновлен вчера .", "", []string{"weather.com"}},
		{"ru", "Новости на сайте LiverpoolFC.com вышли вчера .", "", []string{"LiverpoolFC.com"}},
		{"ru", "Он читал weather каждый день утром .", "", nil},                // lower case, no domain
		{"ru", "Анализ на HER2 показал рост .", "", nil},                       // a code, not a name
		{"ru", "Буква A стоит в начале списка .", "", nil},                     // one letter
		{"ru", "Он прилетел в London вчера вечером .", "", nil},                // a known place
		{"ru", "Он сказал : Welcome to the Welsh Parliament today .", "", nil}, // mostly English
		{"ru", "Акции Sun Microsystems выросли на бирже .", "Sun", nil},        // held by a mention
		{"ru", "Компания заказала двадцать Airbus 320 для рейсов .", "", nil},  // a product's model number
		{"ru", "Ноутбук работает под Windows 11 и быстро грузится .", "", nil}, // a version
		{"ru", "Игра вышла на Nintendo Switch 2 в прошлом году .", "", nil},
		{"ru", "В рейтинге Forbes 2024 года он занял первое место .", "", []string{"Forbes"}}, // a year, not a model
		{"ru", "Акции Sun Microsystems за 3 дня выросли .", "", []string{"Sun Microsystems"}}, // a number after a word between
		{"ru", "Стартап Nuro 3 апреля получил разрешение .", "", []string{"Nuro"}},            // a date, not a model
		{"ru", "Компания Tesla 5 млн . долларов потратила .", "", []string{"Tesla"}},          // an amount
		{"ru", "В прошлом году Uber 300 человек уволил .", "", []string{"Uber"}},
		{"ru", "Акции Nvidia 20 % прибавили за год .", "", []string{"Nvidia"}},
		{"ru", "Питчер показал ERA 2,53 за сезон .", "", []string{"ERA"}}, // a decimal comma: an amount
		{"ru", "Скрипт написан на Lua 5.1 целиком .", "", nil},            // a version's point
		{"ru", "Компания выпустила PlayStation 5 в ноябре .", "", nil},
		{"ru", "Фильм Fight Club вышел в 1999 году .", "", nil}, // a work's title after its kind
		{"ru", "Лента The Social Network получила три премии .", "", nil},
		{"ru", "Сериал The Office снимали девять сезонов .", "", nil},
		{"ru", "Игра Rocket League стала бесплатной .", "", nil},
		{"ru", "Премьера сериала HBO прошла вчера .", "", []string{"HBO"}},                              // one word: the owner
		{"ru", "Вышел новый альбом Arctic Monkeys на прошлой неделе .", "", []string{"Arctic Monkeys"}}, // music: a band follows as often      // a model before a word that is none
		{"tr", "Şirket Essie ve Maybelline markalarını satıyor .", "", nil},                             // Turkish writes names in Latin letters
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Person)
		got := ruleOrganizations(t, doc, addForeignScriptNames(doc, ents, l, g, nil, wordCuesOf(doc.Tokens, l)))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddForeignScriptNamesOtherKinds checks that a run the tagger read
// as a name of another kind (MISC) with a score of at least
// otherKindScore is no organization, unless it is a web domain.
func TestAddForeignScriptNamesOtherKinds(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		text  string
		other string  // the words the tagger read as a name of another kind
		score float64 // its score
		want  []string
	}{
		{"Он играл в Minecraft и Tetris каждый вечер .", "Minecraft", 0.9, []string{"Tetris"}},
		{"Он играл в Minecraft и Tetris каждый вечер .", "Minecraft", 0.4, []string{"Minecraft", "Tetris"}}, // unsure
		{"Сайт написан на языке Ruby on Rails , говорят .", "Rails", 0.8, nil},                              // part of the run
		{"Новости на сайте LiverpoolFC.com вышли вчера .", "LiverpoolFC", 0.9, []string{"LiverpoolFC.com"}}, // a web domain
		{"Она продает косметику Essie в магазинах .", "", 0, []string{"Essie"}},
		{"Заявление об этом сделала Clean Water Alliance вчера вечером .", "Alliance", 0.9, []string{"Clean Water Alliance"}}, // a body's head
		{"Пациента перевели в Saint Mary Hospital утром .", "Hospital", 0.9, []string{"Saint Mary Hospital"}},
		{"Игра Rocket Bank Arena стала бесплатной .", "Rocket", 0.9, nil}, // a work's kind before: a title
		{"Книга Tokyo Police вышла в мае .", "Tokyo", 0.9, nil},
		{"Фильм Fight Club вышел в 1999 году .", "Fight", 0.9, nil}, // club is no body's head here
		{"Сериал The Office снимали девять сезонов .", "Office", 0.9, nil},
		{"Акции Deutsche Bank упали вчера .", "Deutsche", 0.9, []string{"Deutsche Bank"}}, // no work's kind before
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "ru", tc.text, "", annotation.Person)
		var misc []annotation.Span
		for i, tok := range doc.Tokens {
			if tc.other != "" && tok.Text == tc.other {
				misc = append(misc, annotation.Span{First: i, Last: i + 1, Type: "MISC", Score: tc.score})
			}
		}
		got := ruleOrganizations(t, doc, addForeignScriptNames(doc, ents, l, g, misc, wordCuesOf(doc.Tokens, l)))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q (%s %.1f): added %q, want %q", tc.text, tc.other, tc.score, got, tc.want)
		}
	}
}

func TestHasLetters(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, true}, {"", 1, false}, {"A", 1, true}, {"A", 2, false}, {"Ж1", 2, false},
		{"1-Ж-Я", 2, true}, {"2018", 1, false}, {"-", 1, false}, {"ITV", 3, true}, {"ITV", 4, false},
	}
	for _, tt := range tests {
		if got := hasLetters(tt.s, tt.n); got != tt.want {
			t.Errorf("hasLetters(%q, %d) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestOpensWithLetter checks opensWithLetter against hasLetters(s, 1),
// which it must imply and which it is asked before: on the words
// above, every rune of U+0400-047F (the two lead bytes it reads in line)
// alone and before a digit, and those lead bytes cut off or before a byte
// that continues no rune.
func TestOpensWithLetter(t *testing.T) {
	words := []string{"", "A", "z", "@", "[", "`", "{", "1", "-", "Ж1", "1-Ж-Я", "2018", "ITV", "ş", "İ", "\xd0", "\xd1",
		"\xd0A", "\xd01", "\xd1\xc0", "\xd2\x82", "\xff", "ﬃ"}
	for r := rune(0x400); r < 0x480; r++ {
		words = append(words, string(r), string(r)+"1")
	}
	for _, w := range words {
		if opensWithLetter(w) && !hasLetters(w, 1) {
			t.Errorf("opensWithLetter(%q) = true, hasLetters = false", w)
		}
		if w != "" && w[0] < 0x80 && opensWithLetter(w) != lang.IsLetter(rune(w[0])) {
			t.Errorf("opensWithLetter(%q) = %v for an ASCII first byte", w, opensWithLetter(w))
		}
		if r, n := lang.DecodeRune(w); r >= 0x400 && r < 0x480 && n == 2 && !opensWithLetter(w) {
			t.Errorf("opensWithLetter(%q) = false", w)
		}
	}
}
