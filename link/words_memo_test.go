package link

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// memoNames are names the memo tests ask about: people, places and
// organizations the gazetteer knows, names it does not, a name of vowels,
// invalid UTF-8, a name longer than a key made on the stack, and none.
var memoNames = [][]string{
	{"theresa", "may"}, {"ulusal", "fırtına", "merkezi"}, {"национальный", "центр", "штормов"},
	{"bestwood", "street"}, {"ye"}, {"may"}, {"may", "theresa"}, {},
	{"glasgow"}, {"глазго"}, {"new", "york", "şehri"}, {"bbc", "i̇skoçya"}, {"bbc", "scotland"},
	{"питтсбурга"}, {"генассамблеи", "оон"}, {"erdoğan"}, {"трампа"}, {"Трамп"}, {"u.n.", "security", "council"}, {"\xff\xfe", "x\x80"},
	{"birleşik", "krallık", "istihdam", "ve", "beceri", "komisyonu", "uluslararası", "ilişkiler", "dairesi", "başkanlığı", "genel", "müdürlüğü", "koordinasyon", "merkezi"},
}

// memoCanonicals returns the canonical names TestMemos asks lookUpName
// about with words: as written, in capitals, with the dots of an
// abbreviation, and one that is not their text at all.
func memoCanonicals(words []string) []string {
	name := strings.Join(words, " ")
	return []string{name, strings.ToUpper(name), strings.ReplaceAll(name, "u", "u."), "Белого дома"}
}

// TestMemos checks that the memos answer what they keep does, for the
// same words asked again, in another language, as another type, and from
// goroutines at once.
func TestMemos(t *testing.T) {
	x := New(gazetteer.Default())
	types := []annotation.Type{annotation.Person, annotation.Location, annotation.Organization, annotation.Misc}
	langs := []lang.Language{tr.Turkish{}, en.English{}, ru.Russian{}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				for _, l := range langs {
					for _, words := range memoNames {
						for _, person := range []bool{false, true} {
							if got, want := memoNameID(words, l, person), nameID(words, l, person); got != want {
								t.Errorf("%s %q person=%v: memo %q, nameID %q", l.Code(), words, person, got, want)
							}
						}
						for _, w := range words {
							if got, want := x.personBySurname(l, w), x.personByFoldedSurname(l, l.Fold(w)); got != want {
								t.Errorf("%s %q: personBySurname %q, want %q", l.Code(), w, got, want)
							}
						}
						if got, want := x.organizationNameID(words, l), nameID(x.englishPlaceWords(words, l), l, false); got != want {
							t.Errorf("%s %q: organizationNameID %q, want %q", l.Code(), words, got, want)
						}
						for _, typ := range types {
							key := keyOf(words, l)
							names := x.keyedNames(key, typ)
							want := keyedEntry{key, names, x.entryByKey(names, words, typ, l)}
							if got := x.keyedEntry(words, typ, l); !reflect.DeepEqual(got, want) {
								t.Errorf("%s %q %s: keyedEntry %v, want %v", l.Code(), words, typ, got, want)
							}
							want2 := ""
							if len(words) >= 2 && (typ == annotation.Location || typ == annotation.Organization) {
								want2 = x.glossedEntryOf(words, typ, l)
							}
							if got := x.glossedEntry(words, typ, l); got != want2 {
								t.Errorf("%s %q %s: glossedEntry %q, want %q", l.Code(), words, typ, got, want2)
							}
							for _, canonical := range memoCanonicals(words) {
								for _, mw := range []int{len(words), len(words) + 1} {
									for heads := range min(len(words), 2) + 1 {
										want := x.lookUpNameOf(canonical, typ, words, mw, heads, l)
										if got := x.lookUpName(canonical, typ, words, mw, heads, l); !reflect.DeepEqual(got, want) {
											t.Errorf("%s %q %q %s %d %d: lookUpName %v, want %v", l.Code(), canonical, words, typ, mw, heads, got, want)
										}
									}
								}
							}
						}
					}
				}
			}
		})
	}
	wg.Wait()
}
