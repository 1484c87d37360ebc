package recognize

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoLanguageLeaves fails where recognize hands a lang.Language to
// another package other than through plain(l): the rules' l is a
// *language, on which the other package's own assertions of lang's
// optional interfaces (the gazetteer's CaseEndings, lang.Upper's
// UpperCaser) would fail and the call would silently do less. The
// package is type-checked from source, so the test sees each argument's
// static type.
func TestNoLanguageLeaves(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the package and its imports from source")
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("github.com/varlik/varlik/recognize", fset, parsed, info)
	if err != nil {
		t.Fatal(err)
	}
	plainFunc := pkg.Scope().Lookup("plain")
	for _, f := range parsed {
		if filepath.Base(fset.Position(f.Pos()).Filename) == "language.go" {
			continue // where a *language is made of a plain one
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee := calleeOf(call, info)
			if callee == nil || callee.Pkg() == nil || callee.Pkg() == pkg || callee.Name() == "FoldToken" {
				return true
			}
			for _, arg := range call.Args {
				tv, ok := info.Types[arg]
				if !ok || !isLangLanguage(tv.Type) {
					continue
				}
				if inner, ok := arg.(*ast.CallExpr); ok && calleeOf(inner, info) == plainFunc {
					continue
				}
				t.Errorf("%s: %s.%s takes a lang.Language not passed through plain()", fset.Position(arg.Pos()), callee.Pkg().Name(), callee.Name())
			}
			return true
		})
	}
}

// calleeOf returns the function or method a call names, nil for a call of
// a function value or a conversion.
func calleeOf(call *ast.CallExpr, info *types.Info) types.Object {
	var id *ast.Ident
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr: // a generic function instantiated explicitly
		if sel, ok := fun.X.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
	}
	if id == nil {
		return nil
	}
	if f, ok := info.Uses[id].(*types.Func); ok {
		return f
	}
	return nil
}

func isLangLanguage(t types.Type) bool {
	named, ok := t.(*types.Named)
	return ok && named.Obj().Name() == "Language" && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "github.com/varlik/varlik/lang"
}
