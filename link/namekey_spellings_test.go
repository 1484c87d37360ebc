package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// spelt is a name as one language writes it.
type spelt struct {
	l    lang.Language
	name string
}

var (
	english = func(name string) spelt { return spelt{en.English{}, name} }
	russian = func(name string) spelt { return spelt{ru.Russian{}, name} }
	turkish = func(name string) spelt { return spelt{tr.Turkish{}, name} }
)

// TestNameKeySpellings checks the spelling rules of the name key, one
// group of rows a rule: the names of a row key alike (as key, when it is
// given), and the pairs after them key apart.
func TestNameKeySpellings(t *testing.T) {
	keyOf := func(s spelt) string { return nameKey(strings.Fields(s.l.Fold(s.name)), s.l) }
	for _, tc := range []struct {
		names []spelt
		key   string // "" to check only that the names key alike
	}{
		// Letters whose decomposition lost or changed their sound: ž is ж,
		// ř рж or (after a voiceless consonant) рш, ț ц, ł л, ð д, þ т,
		// đ дж, ø and æ vowels, ß ss; the cedilla's ţ stays a t.
		{[]spelt{english("Žilina"), russian("Жилина")}, "jln"},
		{[]spelt{english("Varaždin"), russian("Вараждин")}, "vrjdn"},
		{[]spelt{english("Kroměříž"), russian("Кромержиж")}, "krmrj"},
		{[]spelt{english("Příbram"), russian("Пршибрам")}, "prsbrm"},
		{[]spelt{english("Ialomița"), russian("Яломица")}, "lms"},
		{[]spelt{english("Asyuţ"), russian("Асьют")}, "ast"},
		{[]spelt{english("Łódź"), russian("Лодзь")}, "ls"},
		{[]spelt{english("Fjarðabyggð"), russian("Фьярдабиггд")}, "frdbgd"},
		{[]spelt{english("Múlaþing"), russian("Мулатинг")}, "mltn"},
		{[]spelt{english("Novak Đoković"), russian("Новак Джокович")}, "nvk-jkvk"},
		{[]spelt{english("Tromsø"), russian("Тромсё")}, ""},
		{[]spelt{english("Næstved"), russian("Нествед")}, ""},
		{[]spelt{english("Gießen"), russian("Гисен")}, ""},
		// A Latin initial kh before a vowel is the Х Russian writes and the
		// h Turkish writes; a kh inside a word drops its h on both sides.
		{[]spelt{english("Khartoum"), russian("Хартум")}, "grtm"},
		{[]spelt{english("Kherson"), russian("Херсон")}, "grsn"},
		{[]spelt{english("Imran Khan"), russian("Имран Хан")}, "mrn-gn"},
		{[]spelt{english("Vahagn Khachaturyan"), turkish("Vahagn Haçaturyan")}, "vgn-gktrn"},
		{[]spelt{english("Hamad Al-Khalifa"), russian("Хамад Аль-Халифа")}, "gmd-al-glf"},
		{[]spelt{english("Mikhail"), russian("Михаил")}, "ml"},
		{[]spelt{english("Kate")}, "kt"},
		{[]spelt{english("Khmer")}, "mr"},
		// A g before an ei or ey that a consonant follows or that ends the
		// word is hard, as the гей Russian writes for the a of "gate";
		// before an e alone, and before ey and a vowel, soft.
		{[]spelt{english("Bill Gates"), russian("Билл Гейтс")}, "bl-gts"},
		{[]spelt{english("Gale"), russian("Гейл")}, "gl"},
		{[]spelt{english("Gaynor"), russian("Гейнор")}, "gnr"},
		{[]spelt{english("Geiger"), russian("Гейгер")}, "gjr"},
		{[]spelt{english("Sergei"), russian("Сергей")}, "srg"},
		{[]spelt{english("Gerald"), russian("Джеральд")}, "jrld"},
		{[]spelt{english("Adygea"), russian("Адыгея")}, "adj"},
		// A g before an ö is the г before the ё (or е) Russian writes; a g
		// before an o, or a ü, is hard as before.
		{[]spelt{turkish("Gökhan Durgun"), english("Gökhan Durgun"), russian("Гёкхан Дургун"), russian("Гекхан Дургун")}, ""},
		{[]spelt{turkish("Göteborg"), english("Göteborg"), russian("Гётеборг")}, ""},
		{[]spelt{turkish("Gölcük"), english("Gölcük"), russian("Гёлджюк")}, ""},
		{[]spelt{english("Gokhan")}, "gn"},
		{[]spelt{english("Gordon")}, "grdn"},
		{[]spelt{turkish("Güler")}, "glr"},
		{[]spelt{turkish("Özgür")}, "sgr"},
		{[]spelt{turkish("Gözde")}, "jsd"},
		// A Russian ц ending a word after a consonant is the Latin z or ce
		// written there; after a vowel, a tz.
		{[]spelt{english("Franz Kafka"), russian("Франц Кафка")}, ""},
		{[]spelt{english("Mainz"), russian("Майнц")}, ""},
		{[]spelt{english("Linz"), russian("Линц")}, ""},
		{[]spelt{english("Karl Heinz"), russian("Карл Хайнц")}, ""},
		{[]spelt{english("Prince"), russian("Принц")}, ""},
		{[]spelt{english("Fritz"), russian("Фриц")}, ""},
		{[]spelt{english("Moritz"), russian("Мориц")}, ""},
		// A Latin gh before a vowel is the г Russian writes, unless a u or
		// an i silences it; before a consonant it is the ghayn, г too; a
		// pinyin ng before ha is н and х, not an English -ngham; pinyin's
		// zh, j and initial x are Russian's чж, цз and с.
		{[]spelt{english("Ghana"), russian("Гана")}, ""},
		{[]spelt{english("Afghanistan"), russian("Афганистан")}, ""},
		{[]spelt{english("Meghan Foley"), russian("Меган Фоли")}, ""},
		{[]spelt{english("Howard Hughes"), russian("Говард Хьюз")}, ""},
		{[]spelt{english("Brighton"), russian("Брайтон")}, ""},
		{[]spelt{english("Baghdad"), russian("Багдад")}, ""},
		{[]spelt{english("Maghreb"), russian("Магриб")}, ""},
		{[]spelt{english("Armagh"), russian("Арма")}, ""},
		{[]spelt{english("Kavanagh"), russian("Кавана")}, ""},
		{[]spelt{english("Martin McDonagh"), russian("Мартин Макдона")}, ""},
		{[]spelt{english("Shanghai"), russian("Шанхай")}, ""},
		{[]spelt{english("Nottingham"), russian("Ноттингем")}, ""},
		{[]spelt{english("Tsinghua"), russian("Цинхуа")}, ""},
		{[]spelt{english("Zhang Wei"), russian("Чжан Вэй")}, ""},
		{[]spelt{english("Zhou"), russian("Чжоу")}, ""},
		{[]spelt{english("Jiang Lin"), russian("Цзян Линь")}, ""},
		{[]spelt{english("Xu Lin"), russian("Сюй Линь")}, ""},
		{[]spelt{english("Xiamen"), russian("Сямэнь")}, ""},
		{[]spelt{english("Xi Jinping"), russian("Си Цзиньпин")}, ""},
		{[]spelt{english("Mao Zedong"), russian("Мао Цзэдун")}, ""},
		{[]spelt{english("Zibo"), russian("Цзыбо")}, ""},
		// In a word of pinyin, an ng before a consonant is the н Russian
		// writes; elsewhere the нг of English.
		{[]spelt{english("Jiangshan"), russian("Цзяншань")}, ""},
		{[]spelt{english("Heilongjiang"), russian("Хэйлунцзян")}, ""},
		{[]spelt{english("Washington"), russian("Вашингтон")}, "vsngtn"},
		// An English w between vowels is the у of a уэ Russian writes
		// between a vowel and a consonant.
		{[]spelt{english("Rowan Atkinson"), russian("Роуэн Аткинсон")}, "rvn-tknsn"},
		{[]spelt{english("Colin Powell"), russian("Колин Пауэлл")}, ""},
		{[]spelt{english("Soweto"), russian("Соуэто")}, ""},
		// A c before a word's final ic is the ч of a Slavic -čić written
		// without marks; elsewhere a c before an i is soft.
		{[]spelt{english("Mateo Kovacic"), russian("Матео Ковачич"), english("Mateo Kovačić")}, "mt-kvk"},
		{[]spelt{english("Ivancic"), russian("Иванчич")}, "vnk"},
		{[]spelt{english("Lucica")}, "lsk"},
		// The th of an eather is the з Russian writes for a voiced th;
		// another th is a т.
		{[]spelt{english("Merriweather"), russian("Мерриуэзер")}, "mrvsr"},
		{[]spelt{english("Heather"), russian("Хизер")}, "gsr"},
		{[]spelt{english("Featherstone"), russian("Фезерстоун")}, "fsrstn"},
		{[]spelt{english("Luther"), russian("Лютер")}, "ltr"},
		{[]spelt{english("Brotherson"), russian("Бротерсон")}, "brtrsn"},
	} {
		want := tc.key
		if want == "" {
			want = keyOf(tc.names[0])
		}
		for _, s := range tc.names {
			if got := keyOf(s); got != want || got == "" {
				t.Errorf("%s %q: key %q, want %q", s.l.Code(), s.name, got, want)
			}
		}
	}
	for _, pair := range [][2]spelt{
		{english("Kate"), russian("Хейт")},
		{english("Roberts"), russian("Робс")},
		{english("Hearts"), russian("Харс")},
		{english("Alexander"), russian("Салександр")},
		{english("Xavier"), russian("Савьер")},
		{english("Hughes"), russian("Хьюджес")},
		{english("Zhou"), russian("Чоу")},
		{english("Kovacic"), russian("Ковасик")},
		{english("Lucica"), russian("Лучича")},
		{english("Luther"), russian("Лазар")},
	} {
		if keyOf(pair[0]) == keyOf(pair[1]) {
			t.Errorf("%s and %s share a key", pair[0].name, pair[1].name)
		}
	}
}
