package link

import (
	"sync"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestMemoNameID checks that the memos answer what nameID and keyOf do,
// for the same words asked again, in another language, as a person's or
// not, and from goroutines at once.
func TestMemoNameID(t *testing.T) {
	names := [][]string{
		{"theresa", "may"}, {"ulusal", "fırtına", "merkezi"}, {"национальный", "центр", "штормов"},
		{"bestwood", "street"}, {"ye"}, {"may"}, {"may", "theresa"}, {},
	}
	langs := []lang.Language{tr.Turkish{}, en.English{}, ru.Russian{}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for _, l := range langs {
					for _, words := range names {
						if got, want := memoKeyOf(words, l), keyOf(words, l); got != want {
							t.Errorf("%s %q: memo key %v, keyOf %v", l.Code(), words, got, want)
						}
						for _, person := range []bool{false, true} {
							if got, want := memoNameID(words, l, person), nameID(words, l, person); got != want {
								t.Errorf("%s %q person=%v: memo %q, nameID %q", l.Code(), words, person, got, want)
							}
						}
					}
				}
			}
		}()
	}
	wg.Wait()
}
