package link

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/internal/glosses"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// orgID is the name ID of a name of an organization as a language writes it.
func orgID(l lang.Language, text string) string {
	return nameID(strings.Fields(l.Fold(text)), l, false)
}

// TestGlossedNamesAcrossLanguages checks that an organization's name
// translated word by word keys alike in every language, whatever order the
// language puts its words in and however it inflects them.
func TestGlossedNamesAcrossLanguages(t *testing.T) {
	type name struct {
		l    lang.Language
		text string
	}
	for _, group := range [][]name{
		{{tr.Turkish{}, "Ulusal Fırtına Merkezi"}, {en.English{}, "National Storm Center"}, {en.English{}, "National Storm Centre"},
			{ru.Russian{}, "Национального центра штормов"}},
		{{tr.Turkish{}, "Dışişleri Bakanlığı"}, {en.English{}, "Ministry of Foreign Affairs"}, {en.English{}, "Foreign Ministry"},
			{ru.Russian{}, "Министерство иностранных дел"}, {ru.Russian{}, "МИД"}},
		{{tr.Turkish{}, "Anayasa Mahkemesine"}, {en.English{}, "Constitutional Court"}, {ru.Russian{}, "Конституционного суда"}},
		{{tr.Turkish{}, "Yüksek Mahkeme"}, {en.English{}, "Supreme Court"}, {ru.Russian{}, "Верховным судом"}},
		{{tr.Turkish{}, "Avrupa Yatırım Bankası"}, {en.English{}, "European Investment Bank"}, {ru.Russian{}, "Европейский инвестиционный банк"}},
		{{tr.Turkish{}, "Merkez Bankasının"}, {en.English{}, "Central Bank"}, {ru.Russian{}, "Центральным банком"}},
		{{tr.Turkish{}, "Bristol Kalp Vakfı"}, {en.English{}, "Bristol Heart Foundation"}, {ru.Russian{}, "Фонд сердца Бристоля"}},
		{{tr.Turkish{}, "Gazeteciler Sendikası"}, {en.English{}, "Union of Journalists"}, {ru.Russian{}, "Союза журналистов"}},
		{{tr.Turkish{}, "Genel Kurulu"}, {en.English{}, "General Assembly"}, {ru.Russian{}, "Генеральной Ассамблеи"}},
		{{tr.Turkish{}, "Ulusal Sağlık Hizmetleri"}, {en.English{}, "National Health Services"}, {ru.Russian{}, "Национальная служба здравоохранения"}},
		// a head a translation leaves out of the name, and one Russian
		// writes before it, outside it
		{{tr.Turkish{}, "Bellavista Oteli"}, {en.English{}, "Bellavista Hotel"}, {ru.Russian{}, "Беллависта"}},
		{{tr.Turkish{}, "Gatwick Havalimanına"}, {en.English{}, "Gatwick Airport"}, {ru.Russian{}, "Гатвик"}},
		{{tr.Turkish{}, "Kalamaki Plajında"}, {en.English{}, "Kalamaki Beach"}, {ru.Russian{}, "Каламаки"}},
		{{tr.Turkish{}, "Westminster Sarayı"}, {en.English{}, "Palace of Westminster"}, {ru.Russian{}, "Вестминстерский дворец"}},
		// a foreign word is not read as a short Turkish word's inflection
		{{tr.Turkish{}, "Sun Haber"}, {en.English{}, "Sun News"}},
		// a word glossed as nothing alone does not make a name a glossed one
		{{en.English{}, "Stoke-on-Trent"}, {ru.Russian{}, "Сток-он-Трент"}},
		{{en.English{}, "Sham Shui Po"}, {ru.Russian{}, "Шам Шуй По"}},
	} {
		want := orgID(group[0].l, group[0].text)
		for _, n := range group[1:] {
			if got := orgID(n.l, n.text); got != want || want == "" {
				t.Errorf("%s %q: %q, want %q as %s %q", n.l.Code(), n.text, got, want, group[0].l.Code(), group[0].text)
			}
		}
	}
}

// TestGlossedNamesApart checks that names the glosses do not make one stay
// apart: other words, one word alone (which the glosses leave as the
// language keys it), synonyms a table leaves unglossed.
func TestGlossedNamesApart(t *testing.T) {
	for _, c := range []struct {
		a, b         lang.Language
		aText, bText string
	}{
		{tr.Turkish{}, en.English{}, "Ulusal Sağlık Enstitüsü", "National Cancer Institute"},
		{en.English{}, en.English{}, "High Court", "Supreme Court"},
		{tr.Turkish{}, en.English{}, "Kasırga", "Hurricane"}, // one word: a storm's name as often
		{ru.Russian{}, en.English{}, "Министерство обороны", "Ministry of Health"},
		{tr.Turkish{}, ru.Russian{}, "Dışişleri Bakanlığı", "Министерство внутренних дел"},
		// an optional head is left out only beside a word of the name's own
		{tr.Turkish{}, en.English{}, "Ulusal Stadyum", "National"},
	} {
		if a, b := orgID(c.a, c.aText), orgID(c.b, c.bText); a == b {
			t.Errorf("%s %q and %s %q share %q", c.a.Code(), c.aText, c.b.Code(), c.bText, a)
		}
	}
}

// TestGlossPivotsAreEnglishEntries checks that every pivot word of the
// Turkish and Russian tables is one the English table glosses as itself,
// so that the English name keys the same words.
func TestGlossPivotsAreEnglishEntries(t *testing.T) {
	table := func(path string) map[string]string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return glosses.Parse(string(data)).Pivots
	}
	english := table("../lang/en/data/institutions.txt")
	for _, path := range []string{"../lang/tr/data/institutions.txt", "../lang/ru/data/institutions.txt", "../lang/en/data/institutions.txt"} {
		for form, pivot := range table(path) {
			for _, w := range strings.Fields(pivot) {
				if english[w] != w {
					t.Errorf("%s: %q glossed %q, which the English table glosses %q", path, form, w, english[w])
				}
			}
		}
	}
}

// TestGlossesLeaveSurnames checks that a person's name a recognizer typed
// an organization keys as the person still where a word of it is a
// surname as well as a word the language glosses in phrases (Özel,
// special; Yeşil, green).
func TestGlossesLeaveSurnames(t *testing.T) {
	for _, name := range []string{"Özgür Özel", "Mehmet Yeşil", "Hilal Kızıl"} {
		words := strings.Fields(tr.Turkish{}.Fold(name))
		if org, person := nameID(words, tr.Turkish{}, false), nameID(words, tr.Turkish{}, true); org != person {
			t.Errorf("%q: %q as an organization, %q as a person", name, org, person)
		}
	}
}

// TestOptionalHeadsAgree checks that the Turkish, English and Russian
// tables mark the same pivots optional, each that a table glosses to: a
// head left out of a name's key in one language and not in another would
// part the name.
func TestOptionalHeadsAgree(t *testing.T) {
	langs := []lang.Language{tr.Turkish{}, en.English{}, ru.Russian{}}
	pivots := map[string]bool{}
	for _, path := range []string{"../lang/tr/data/institutions.txt", "../lang/en/data/institutions.txt", "../lang/ru/data/institutions.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range glosses.Parse(string(data)).Pivots {
			pivots[p] = true
		}
	}
	marked := 0
	for p := range pivots {
		var got []bool
		for _, l := range langs {
			got = append(got, l.(OptionalHeads).InstitutionalOptional(p))
		}
		if got[0] != got[1] || got[1] != got[2] {
			t.Errorf("pivot %q: optional in tr, en, ru: %v", p, got)
		}
		if got[1] {
			marked++
		}
	}
	if marked == 0 {
		t.Error("no pivot is marked optional")
	}
}
