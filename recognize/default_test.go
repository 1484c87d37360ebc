package recognize

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"

	// The languages and default models entity ships (entity/identify.go).
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/ru"
	_ "github.com/varlik/varlik/lang/tr"
	_ "github.com/varlik/varlik/ner/models/enmodel"
	_ "github.com/varlik/varlik/ner/models/rumodel"
	_ "github.com/varlik/varlik/ner/models/trmodel"
)

// defaultRecognizer returns a Recognizer as entity.New() makes it: the
// default gazetteer and each language's default model.
func defaultRecognizer() *Recognizer {
	g := gazetteer.Default()
	return New(g, link.New(g), func(code string) *ner.Model {
		m, _ := ner.DefaultModel(code)
		return m
	})
}
