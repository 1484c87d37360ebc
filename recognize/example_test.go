package recognize_test

import (
	"context"
	"fmt"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"
	_ "github.com/varlik/varlik/ner/models/trmodel" // registers the Turkish default model
	"github.com/varlik/varlik/recognize"
)

// A Recognizer over the default gazetteer and the shipped Turkish model
// finds the mentions of a tokenized document, without linking them or
// finding relations: what entity.Extract does between tokenizing and
// linking.
func Example() {
	g := gazetteer.Default()
	r := recognize.New(g, link.New(g), func(code string) *ner.Model {
		m, _ := ner.DefaultModel(code) // nil where a language ships none
		return m
	})
	l := tr.Turkish{}
	text := "Çin Başbakanı Li Qiang, Rusya Başbakanı Mihail Mişustin ile Hangzhou'da görüştü."
	doc := &annotation.Document{Lang: l.Code(), Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(text, doc.Tokens)
	mentions, err := r.Recognize(context.Background(), doc, l)
	if err != nil {
		panic(err)
	}
	for _, m := range mentions {
		fmt.Println(m.Type, text[m.Start:m.End])
	}
	// Output:
	// LOCATION Çin
	// PERSON Li Qiang
	// LOCATION Rusya
	// PERSON Mihail Mişustin
	// LOCATION Hangzhou
}
