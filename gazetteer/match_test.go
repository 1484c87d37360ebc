package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/tr" // registers Turkish for FuzzMatch
)

// found is a Match as the tests see it: its text and candidate IDs.
type found struct {
	Text      string
	IDs       []string
	Inflected bool
}

func matchText(t testing.TB, g *Gazetteer, l lang.Language, text string) []found {
	t.Helper()
	toks := l.Tokenize(text)
	var out []found
	for _, m := range g.Match(toks, l) {
		checkMatch(t, text, toks, m)
		out = append(out, found{text[m.Start:m.End], ids(m.Candidates), m.Inflected})
	}
	return out
}

// checkMatch checks the offset invariant of one match.
func checkMatch(t testing.TB, text string, toks []lang.Token, m Match) {
	t.Helper()
	if m.First < 0 || m.First >= m.Last || m.Last > len(toks) {
		t.Fatalf("match tokens [%d, %d) out of range of %d tokens", m.First, m.Last, len(toks))
	}
	if m.Start != toks[m.First].Start || m.End != toks[m.Last-1].End || m.Start > m.End || m.End > len(text) {
		t.Fatalf("match offsets [%d, %d) do not span tokens [%d, %d) of %q", m.Start, m.End, m.First, m.Last, text)
	}
	if len(m.Candidates) == 0 {
		t.Fatalf("match %q has no candidates", text[m.Start:m.End])
	}
}

func TestMatch(t *testing.T) {
	g := fixture(t)
	l := fakeTurkish{}
	tests := []struct {
		text string
		want []found
	}{
		{"Türkiye'ye giden heyet Ankara’da.", []found{
			{"Türkiye", []string{"Q43"}, false},
			{"Ankara", []string{"Q3640", "iso:TR-06"}, false},
		}},
		{"Dışişleri Bakanlığının açıklaması", []found{{"Dışişleri Bakanlığının", []string{"varlik:org:tr-mfa"}, true}}},
		{"T.C. Dışişleri Bakanlığı açıkladı.", []found{{"T.C. Dışişleri Bakanlığı", []string{"varlik:org:tr-mfa"}, false}}},
		{"Birleşmiş Milletler'in kararı", []found{{"Birleşmiş Milletler", []string{"Q1065"}, false}}},
		{"Birleşmiş Milletlerin kararı", []found{{"Birleşmiş Milletlerin", []string{"Q1065"}, true}}},
		{"Avrupa Birliğinde", []found{{"Avrupa Birliğinde", []string{"Q458"}, true}}},
		{"Ankaranın valisi", nil}, // place names take an apostrophe: Ankara'nın
		{"Meclise sunuldu", []found{{"Meclise", []string{"varlik:org:tbmm"}, true}}}, // institutions do not
		{"Rusya-Çin ilişkileri", []found{{"Rusya", []string{"Q159"}, false}, {"Çin", []string{"Q148"}, false}}},
		{"HANGZHOU, 4 Kasım (Xinhua)", []found{{"HANGZHOU", []string{"Q4970"}, false}}},
		{"IRAK'ta seçim", []found{{"IRAK", []string{"Q796"}, false}}},
		{"ordu sınıra yığıldı", nil},
		{"Ordu'da yağmur", []found{{"Ordu", []string{"iso:TR-52"}, false}}},
		{"Çinli yetkililer Türkiyeli", nil},
		{"Çin Halk Cumhuriyeti ile Rusya Federasyonu görüştü", []found{
			{"Çin Halk Cumhuriyeti", []string{"Q148"}, false},
			{"Rusya Federasyonu", []string{"Q159"}, false},
		}},
		{"Çin Halk kültürü", []found{{"Çin", []string{"Q148"}, false}}}, // a prefix of a longer name falls back
		{"Côte d’Ivoire and Guinea-Bissau", []found{
			{"Côte d’Ivoire", []string{"Q1008"}, false},
			{"Guinea-Bissau", []string{"Q1007"}, false},
		}},
		{"Washington. Post", []found{{"Washington", []string{"Q61", "Q1223"}, false}}},
		{"George Washington visited Washington,  D.C.", []found{
			{"George Washington", []string{"Q23"}, false},
			{"Washington,  D.C.", []string{"Q61"}, false},
		}},
		{"eBay'de satış", []found{{"eBay", []string{"Q58024"}, false}}},
		{"AB'ye üyelik", []found{{"AB", []string{"Q458"}, false}}},
		{"Ab dedi", nil}, // a short acronym matches only in capitals
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, matchText(t, g, l, tt.text)); diff != "" {
			t.Errorf("Match(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestMatchWithoutMorphology(t *testing.T) {
	g := fixture(t)
	text := "Dışişleri Bakanlığının Ankara'daki binası"
	toks := fakeTurkish{}.Tokenize(text)
	var got []string
	for _, m := range g.Match(toks, nil) {
		got = append(got, text[m.Start:m.End])
	}
	if diff := cmp.Diff([]string{"Ankara"}, got); diff != "" {
		t.Errorf("Match with nil language (-want +got):\n%s", diff)
	}
}

func TestMatchEmptyNorm(t *testing.T) {
	// Tokens without Norm are matched on their text.
	g := fixture(t)
	toks := []lang.Token{{Text: "Moskova", Start: 0, End: 7}}
	ms := g.Match(toks, nil)
	if len(ms) != 1 || ms[0].Candidates[0].ID != "Q649" {
		t.Errorf("Match = %+v, want Moskova", ms)
	}
}

// FuzzMatch checks the offsets of matches on any input, with the test
// gazetteer and language and with the default gazetteer and lang/tr.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"Türkiye'ye giden heyet Ankara’da.", "Dışişleri Bakanlığının", "Birleşmiş Milletlerin",
		"Côte d’Ivoire", "George Washington", "Washington,  D.C.", "\xff\x00IRAK'ta", "",
		strings.Repeat("Çin Halk ", 50), "Meclise", "HANGZHOU, 4 Kasım (Xinhua) --",
	} {
		f.Add(s)
	}
	small := New(readFixture(f)...)
	tr, ok := lang.Get("tr")
	if !ok {
		f.Fatal(`no Language registered for "tr"`)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range []struct {
			g *Gazetteer
			l lang.Language
		}{{small, fakeTurkish{}}, {Default(), tr}} {
			toks := c.l.Tokenize(text)
			last := 0
			for _, m := range c.g.Match(toks, c.l) {
				checkMatch(t, text, toks, m)
				if m.First < last {
					t.Fatalf("match at token %d overlaps the previous one ending at %d", m.First, last)
				}
				last = m.Last
				if s := text[m.Start:m.End]; utf8.ValidString(text) && !utf8.ValidString(s) {
					t.Fatalf("match %q cuts a rune", s)
				}
			}
		}
	})
}

// TestMatchInto checks that matching sentence after sentence into one
// buffer gives what Match gives each sentence, nil where it finds nothing.
func TestMatchInto(t *testing.T) {
	g := fixture(t)
	l := fakeTurkish{}
	var buf []Match
	for _, text := range []string{
		"Türkiye'ye giden heyet Ankara’da Dışişleri Bakanlığının açıklamasını okudu.",
		"Bugün hava güzel.",
		"Birleşmiş Milletler'in kararı Avrupa Birliğinde konuşuldu.",
		"",
		"T.C. Dışişleri Bakanlığı açıkladı.",
	} {
		toks := l.Tokenize(text)
		want := g.Match(toks, l)
		got := g.MatchInto(&buf, toks, l)
		if (got == nil) != (want == nil) || !cmp.Equal(got, want) {
			t.Errorf("%q: MatchInto %v, Match %v", text, got, want)
		}
	}
}

// endingsTurkish is fakeTurkish declaring, as CaseEndings, whether any
// word may end in a case.
type endingsTurkish struct {
	fakeTurkish
	endings bool
}

func (e endingsTurkish) MayTakeCase(string) bool { return e.endings }

// TestMatchCaseEndings checks that Match probes a word for an inflected
// name only where the language's CaseEndings let it.
func TestMatchCaseEndings(t *testing.T) {
	g := fixture(t)
	for _, c := range []struct {
		endings bool
		want    []found
	}{
		{true, []found{{"Meclise", []string{"varlik:org:tbmm"}, true}}},
		{false, nil},
	} {
		if diff := cmp.Diff(c.want, matchText(t, g, endingsTurkish{endings: c.endings}, "Meclise sunuldu")); diff != "" {
			t.Errorf("endings %v: (-want +got)\n%s", c.endings, diff)
		}
	}
}
