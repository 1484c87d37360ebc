package recognize

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestCommonAcronym checks which one-word mentions are acronyms of common
// nouns, and which persons' mentions hold one.
func TestCommonAcronym(t *testing.T) {
	tests := []struct {
		lang, text, name, source string
		typ                      annotation.Type
		want                     bool
	}{
		{"ru", "Число заболевших СПИДом растет .", "СПИДом", "model", annotation.Organization, true},
		{"ru", "Лекарства против ВИЧ дороги .", "ВИЧ", "model", annotation.Organization, true},
		{"ru", "Исследования в области ИИ идут .", "ИИ", "model", annotation.Organization, true},
		{"ru", "Доклад ОБСЕ вышел .", "ОБСЕ", "model", annotation.Organization, false},                   // an organization's
		{"ru", "Доклад ОБСЕшники прочли .", "ОБСЕшники", "model", annotation.Organization, false},        // a longer ending
		{"ru", "Лекарства против ВИЧ дороги .", "ВИЧ", "gazetteer", annotation.Organization, false},      // the gazetteer's
		{"ru", "Лекарства против ВИЧ и СПИДа .", "ВИЧ и СПИДа", "model", annotation.Organization, false}, // more than a word, not a person
		{"en", "The AI lab opened .", "AI", "model", annotation.Organization, false},                     // not listed
		{"en", "I have hundreds of VHS movies .", "VHS", "model", annotation.Organization, true},         // lang.CommonAcronyms
		{"en", "Ever since Google 's IPO , investors feared .", "IPO", "model", annotation.Person, true},
		{"en", "Two IPOs were priced .", "IPOs", "model", annotation.Organization, true},  // a plural ending
		{"en", "The ISO met in Geneva .", "ISO", "model", annotation.Organization, false}, // a body's too
		{"en", "The NATO summit opened .", "NATO", "model", annotation.Organization, false},
		{"en", "Met with CEO Smith .", "CEO Smith", "model", annotation.Person, false},         // ASCII: left alone in a longer mention
		{"tr", "HIV ve Aids ile yaşayanlar arttı .", "Aids", "model", annotation.Person, true}, // written as a word
		{"tr", "Yeni Kobi kredileri açıklandı .", "Kobi", "model", annotation.Person, true},    // KOBİ as a word
		{"tr", "Dün Var kararı tartışıldı .", "Var", "model", annotation.Person, false},        // too short as a word
		{"tr", "Sanatçı Aidsa konuştu .", "Aidsa", "model", annotation.Person, false},          // another word
		{"ru", "Передача ВИЧ идет быстро .", "Передача ВИЧ", "model", annotation.Person, true},
		{"ru", "Лекарства против ВИЧ и СПИДа .", "ВИЧ и СПИДа", "model", annotation.Person, true},
		{"ru", "Людовик XIV правил долго .", "Людовик XIV", "model", annotation.Person, false},             // a Roman numeral
		{"ru", "Сотрудники ПК Иванова пришли .", "Сотрудники ПК", "model", annotation.Organization, false}, // only persons' longer mentions
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, "")
		ents[0].Source = tc.source
		if got := commonAcronym(&ents[0], doc, l, commonAcronymLister(l)); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestCommonAcronymAnswers checks that the memo of answers gives each
// language its own, asked twice and after another language asked the
// same word (Aids is Turkish's acronym, not English's), for words short
// and longer than the key's buffer.
func TestCommonAcronymAnswers(t *testing.T) {
	words := []string{"Aids", "AIDS", "Kobi", "VHS", "IPOs", "ВИЧ", "СПИДом", "NATO", "A", "", strings.Repeat("Aids", 40)}
	for round := range 2 {
		for _, code := range []string{"tr", "en", "ru"} {
			l, _ := lang.Get(code)
			oa := commonAcronymLister(l)
			for _, w := range words {
				tok := lang.Token{Text: w, Kind: lang.Word}
				if got, want := commonAcronymToken(&tok, oa, l), commonAcronymWord(w, oa, l); got != want {
					t.Errorf("round %d, %s %q: %v, want %v", round, code, w, got, want)
				}
			}
		}
	}
}

// TestWordMemosConcurrent asks the memos of common acronyms and of word
// analyses from several goroutines at once (run with -race), each answer
// checked against the language's own.
func TestWordMemosConcurrent(t *testing.T) {
	words := []string{"Aids", "Kobi", "VHS", "ВИЧ", "bakanlığının", "Ankara'da", "London", "\xff", strings.Repeat("x", 80)}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				l, _ := lang.Get([]string{"tr", "en", "ru"}[(g+i)%3])
				w := words[(g*7+i)%len(words)]
				tok := lang.Token{Text: w, Kind: lang.Word}
				oa := commonAcronymLister(l)
				if got, want := commonAcronymToken(&tok, oa, l), commonAcronymWord(w, oa, l); got != want {
					t.Errorf("%s %q: acronym %v, want %v", l.Code(), w, got, want)
				}
				if got, want := analyzeWord(w, l), l.Analyze(w); !slices.EqualFunc(got, want, func(a, b lang.Analysis) bool {
					return a.Stem == b.Stem && a.Case == b.Case && slices.Equal(a.Suffixes, b.Suffixes)
				}) {
					t.Errorf("%s %q: analyses %v, want %v", l.Code(), w, got, want)
				}
			}
		}()
	}
	wg.Wait()
}
