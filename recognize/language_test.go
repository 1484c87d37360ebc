package recognize

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
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
	// The language found last is asked first (r.last): languages taken in
	// turn, and the odd one between them, each get their own.
	en, _ := lang.Get("en")
	trc, enc := r.languageOf(tr), r.languageOf(en)
	for _, l := range []lang.Language{tr, odd, tr, en, en, odd, odd, tr, en} {
		got := r.languageOf(l)
		if _, isOdd := l.(unhashable); isOdd && (got == trc || got.givenNames != nil) ||
			!isOdd && got != trc && got != enc || got == trc && l != lang.Language(tr) || got == enc && l != lang.Language(en) {
			t.Errorf("%s (%T): the *language of another language", l.Code(), l)
		}
	}
	if !sameLanguage(tr, tr) || sameLanguage(tr, odd) || sameLanguage(odd, odd) || sameLanguage(nil, nil) {
		t.Errorf("sameLanguage")
	}
}

// TestNoLanguageAssertions fails where a rule asserts an optional
// interface of its language itself: on the *language Recognize hands the
// rules the assertion fails, and the rule would silently do nothing. A
// rule reads capsOf(l) (language.go, which resolves them, excepted).
func TestNoLanguageAssertions(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "language.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if a, ok := n.(*ast.TypeAssertExpr); ok && a.Type != nil {
				if sel, ok := a.Type.(*ast.SelectorExpr); ok {
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "lang" {
						t.Errorf("%s: asserts lang.%s: read it from capsOf(l)", fset.Position(a.Pos()), sel.Sel.Name)
					}
				}
			}
			return true
		})
	}
}
