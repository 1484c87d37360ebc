package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestCompoundWords checks that a hyphenated compound compass point keys
// as the one word English and Turkish write, and that other hyphenated
// words, a lone one and a person's name are split as before.
func TestCompoundWords(t *testing.T) {
	for _, tc := range []struct{ tr, en, ru string }{
		{"Güneydoğu Asya", "Southeast Asia", "Юго-Восточная Азия"},
		{"Güneydoğu Anatolia", "Southeastern Anatolia", "Юго-Восточная Анатолия"},
		{"Kuzeybatı Arizona", "Northwest Arizona", "Северо-Западной Аризоны"},
	} {
		checkOneNameID(t, tc.tr, tc.en, tc.ru, false)
		// The gazetteer's entries are found by key across languages too:
		// the key and its count of words alike.
		keys := []entryKey{keyOf(strings.Fields(tr.Turkish{}.Fold(tc.tr)), tr.Turkish{}),
			keyOf(strings.Fields(en.English{}.Fold(tc.en)), en.English{}), keyOf(strings.Fields(ru.Russian{}.Fold(tc.ru)), ru.Russian{})}
		if keys[0] != keys[1] || keys[2] != keys[1] {
			t.Errorf("%s: entry keys %+v, want one", tc.en, keys)
		}
	}
	for _, tc := range []struct {
		words []string
		want  []string
	}{
		{[]string{"юго-восточная", "азия"}, []string{"southeast", "азия"}},
		{[]string{"лас-вегас", "стрип"}, []string{"лас-вегас", "стрип"}}, // parts that do not translate
		{[]string{"юго-восточная"}, []string{"юго-восточная"}},           // alone: a region
	} {
		if diff := cmp.Diff(tc.want, compoundWords(tc.words, ru.Russian{})); diff != "" {
			t.Errorf("compoundWords(%q) (-want +got):\n%s", tc.words, diff)
		}
	}
}

// askedTranslator is Russian (every optional interface promoted) counting
// the words it is asked to translate (lang.NameWordTranslator).
type askedTranslator struct {
	ru.Russian
	asked map[string]int
}

func (a askedTranslator) EnglishNameWord(w string) string {
	a.asked[w]++
	return a.Russian.EnglishNameWord(w)
}

// TestCompoundWordsOnce checks that a name's compounds are looked up once
// a key: its key, its word count and its spelling are made from the same
// words (keyWords), not each from its own call of compoundWords.
func TestCompoundWordsOnce(t *testing.T) {
	for _, tc := range []struct {
		what string
		key  func([]string, lang.Language)
	}{
		{"keyOf", func(w []string, l lang.Language) { keyOf(w, l) }},
		{"nameID", func(w []string, l lang.Language) { nameID(w, l, false) }},
		{"nameKey", func(w []string, l lang.Language) { nameKey(w, l) }},
		{"spellingOf", func(w []string, l lang.Language) { spellingOf(w, l) }},
	} {
		l := askedTranslator{asked: map[string]int{}}
		tc.key([]string{"юго-восточная", "азия"}, l)
		if n := l.asked["юго"]; n != 1 {
			t.Errorf("%s: юго looked up %d times, want 1", tc.what, n)
		}
	}
}
