package main

import (
	"fmt"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

type resources struct {
	lang lang.Language
	gaz  *gazetteer.Gazetteer
}

// turkish adapts package tr's functions to lang.Language until tr
// registers one itself.
type turkish struct{}

func (turkish) Code() string                        { return "tr" }
func (turkish) Fold(s string) string                { return tr.Fold(s) }
func (turkish) Tokenize(text string) []lang.Token   { return tr.Tokenize(text) }
func (turkish) Analyze(word string) []lang.Analysis { return tr.Analyze(word) }
func (turkish) Sentences(text string, toks []lang.Token) []lang.Sentence {
	return tr.Sentences(text, toks)
}

func loadResources(code string, useGaz bool) (resources, error) {
	var r resources
	l, ok := lang.Get(code)
	if !ok && code == "tr" {
		l, ok = turkish{}, true
	}
	if !ok {
		return r, fmt.Errorf("no language %q registered", code)
	}
	r.lang = l
	if useGaz {
		g, err := gazetteer.LoadFile("gazetteer/data/default.tsv") // TODO(varlik): gazetteer.Default() once it lands
		if err != nil {
			return r, err
		}
		r.gaz = g
	}
	return r, nil
}
