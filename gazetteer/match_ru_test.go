package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
)

func russianFixture() *Gazetteer {
	entry := func(id, typ string, names ...string) *Entry {
		return &Entry{ID: id, Type: typ, Names: map[string][]string{"ru": names}, Prior: 0.5}
	}
	return New(
		entry("Q159", Location, "Россия", "Российская Федерация"),
		entry("Q148", Location, "Китай", "КНР"),
		entry("Q1065", Organization, "Организация Объединённых Наций", "ООН"),
		entry("Q37470", Organization, "Совет Безопасности ООН"),
		entry("Q485207", Organization, "Шанхайская организация сотрудничества"),
		entry("mishustin", Person, "Михаил Мишустин"),
		entry("putin", Person, "Владимир Путин"),
		entry("li-qiang", Person, "Ли Цян"),
		entry("Q649", Location, "Москва"),
		entry("Q34490", Organization, "Аль-Каида", "аль-Каида"),
	)
}

func TestMatchRussianInflection(t *testing.T) {
	g := russianFixture()
	l := ru.Russian{}
	tests := []struct {
		text string
		want []found
	}{
		{"Россия и Китай", []found{{"Россия", []string{"Q159"}, false}, {"Китай", []string{"Q148"}, false}}},
		{"правительства России и Китая", []found{{"России", []string{"Q159"}, true}, {"Китая", []string{"Q148"}, true}}},
		{"с Российской Федерацией", []found{{"Российской Федерацией", []string{"Q159"}, true}}},
		{"реформу Организации Объединённых Наций", []found{{"Организации Объединённых Наций", []string{"Q1065"}, true}}},
		{"Совет Безопасности ООН заявил", []found{{"Совет Безопасности ООН", []string{"Q37470"}, false}}},
		{"в рамках Шанхайской организации сотрудничества", []found{
			{"Шанхайской организации сотрудничества", []string{"Q485207"}, true}}},
		{"встретился с Михаилом Мишустиным", []found{{"Михаилом Мишустиным", []string{"mishustin"}, true}}},
		{"с президентом Владимиром Путиным в Москве", []found{
			{"Владимиром Путиным", []string{"putin"}, true}, {"Москве", []string{"Q649"}, true}}},
		{"встретил Ли Цяна", []found{{"Ли Цяна", []string{"li-qiang"}, true}}},
		{"работать с Москвой", []found{{"Москвой", []string{"Q649"}, true}}},
		{"москвой", nil}, // a lower-case start never matches an upper-case name
		// A lower-case article before a capital inflects as a capitalized
		// word does, matching the lower-case-initial name.
		{"боевики аль-Каиды и Аль-Каидой", []found{
			{"аль-Каиды", []string{"Q34490"}, true}, {"Аль-Каидой", []string{"Q34490"}, true}}},
		{"аль-каиды", nil}, // no capital after the hyphen: not a name's form
		{"Китайцы и Россией", []found{{"Россией", []string{"Q159"}, true}}},
		{"Путин приехал", nil}, // one word of a two-word name is not the name
		// A short acronym matches only in capitals.
		{"ООН и Оон", []found{{"ООН", []string{"Q1065"}, false}}},
	}
	for _, tc := range tests {
		got := matchText(t, g, l, tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Match(%q) mismatch (-want +got):\n%s", tc.text, diff)
		}
		// Without the stem parts (StemSplitter), through Analyze.
		got = matchText(t, g, analyzedStems{l}, tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Match(%q) through Analyze mismatch (-want +got):\n%s", tc.text, diff)
		}
	}
}

// analyzedStems is a WordInflector language without StemSplitter.
type analyzedStems struct{ lang.Language }

func (analyzedStems) InflectsEveryWord() bool { return true }

func BenchmarkMatchRussian(b *testing.B) {
	g := Default()
	l := ru.Russian{}
	text := "Председатель правительства России Михаил Мишустин и глава правительства Китая Ли Цян " +
		"договорились расширить торговлю после переговоров в Москве. Стороны выступили за реформу " +
		"Организации Объединённых Наций и обсудили сотрудничество в рамках Шанхайской организации сотрудничества."
	toks := l.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Match(toks, l)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestMatchOneLetterStart checks lowerContinues, which stops a match
// that starts with a lower-case word of one letter and white space unless
// a lower-case-initial name starts so; a name of the letter alone still
// matches by its key.
func TestMatchOneLetterStart(t *testing.T) {
	entry := func(id, typ string, names ...string) *Entry {
		return &Entry{ID: id, Type: typ, Names: map[string][]string{"ru": names}, Prior: 0.5}
	}
	g := New(
		entry("vk", Organization, "в контакте"),       // lower-case-initial, two words
		entry("vm", Organization, "В Москве Сегодня"), // capitalized: в is a prefix, but no lower-case one
		entry("o", Organization, "о"),                 // a lower-case name of one letter
		entry("ab", Organization, "а-б"),              // a joined name: the next token follows with no space
		entry("Q649", Location, "Москва"),
	)
	tests := []struct {
		text string
		want []found
	}{
		{"в контакте", []found{{"в контакте", []string{"vk"}, false}}},
		{"жить в контакте", []found{{"в контакте", []string{"vk"}, false}}},
		{"в Москва", []found{{"Москва", []string{"Q649"}, false}}},
		{"в Москва Сегодня", []found{{"Москва", []string{"Q649"}, false}}}, // a lower-case start matches no capitalized name
		{"В Москве Сегодня", []found{{"В Москве Сегодня", []string{"vm"}, false}}},
		{"о Москва", []found{{"о", []string{"o"}, false}, {"Москва", []string{"Q649"}, false}}},
		{"сказал о", []found{{"о", []string{"o"}, false}}},
		{"а-б и в", []found{{"а-б", []string{"ab"}, false}}},
		{"а б", nil},
		{"в", nil},
		{"и", nil},
	}
	// Through the stem walk, with and without stem parts, and through
	// matchAt (the fake Turkish).
	for _, l := range []lang.Language{ru.Russian{}, analyzedStems{ru.Russian{}}, fakeTurkish{}} {
		for _, tc := range tests {
			if diff := cmp.Diff(tc.want, matchText(t, g, l, tc.text)); diff != "" {
				t.Errorf("%s: Match(%q) mismatch (-want +got):\n%s", l.Code(), tc.text, diff)
			}
		}
	}
}
