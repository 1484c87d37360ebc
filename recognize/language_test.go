package recognize

import (
	"reflect"
	"sync"
	"testing"

	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/ru"
	_ "github.com/varlik/varlik/lang/tr"
)

// unhashable is a language whose value cannot be compared (its slice), as
// a caller's own wrapper may be: languageOf must neither panic nor keep it.
type unhashable struct {
	lang.Language
	words []string
}

// TestLanguageOf checks that each field of a *language holds the language
// exactly where it implements the field's interface, that a Recognizer
// keeps one *language a language and hands it out from every goroutine,
// that capsOf reads a *language and resolves any other language, and that
// plain gives back the language itself.
func TestLanguageOf(t *testing.T) {
	var r Recognizer
	for _, code := range []string{"tr", "en", "ru"} {
		l, ok := lang.Get(code)
		if !ok {
			t.Fatalf("no language %q", code)
		}
		c := r.languageOf(l)
		v := reflect.ValueOf(c).Elem()
		for i := 1; i < v.NumField(); i++ { // field 0 is the language
			f := v.Type().Field(i)
			implements := reflect.TypeOf(l).Implements(f.Type)
			if set := !v.Field(i).IsNil(); set != implements {
				t.Errorf("%s: %s set %v, implemented %v", code, f.Name, set, implements)
			}
		}
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				if again := r.languageOf(l); again != c {
					t.Errorf("%s: a second *language", code)
				}
			})
		}
		wg.Wait()
		if capsOf(c) != c || plain(c) != l || plain(l) != l {
			t.Errorf("%s: capsOf or plain do not read the *language", code)
		}
		if got := capsOf(l); got == c || got.Language != l || got.givenNames != c.givenNames {
			t.Errorf("%s: capsOf of the language itself: %+v", code, got)
		}
	}
	tr, _ := lang.Get("tr")
	odd := unhashable{tr, []string{"x"}}
	// odd's method set is lang.Language's alone: none of Turkish's
	// optional interfaces.
	if c := r.languageOf(odd); c == r.languageOf(tr) || c.givenNames != nil {
		t.Errorf("a language of the same code shares Turkish's *language")
	}
	if c, d := r.languageOf(odd), r.languageOf(odd); c == d {
		t.Errorf("a language that cannot be compared was kept")
	}
	if !sameLanguage(tr, tr) || sameLanguage(tr, odd) || sameLanguage(odd, odd) || sameLanguage(nil, nil) {
		t.Errorf("sameLanguage")
	}
}
