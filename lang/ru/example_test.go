package ru_test

import (
	"fmt"

	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/ru"
)

func Example() {
	l, _ := lang.Get("ru") // registered by importing lang/ru
	text := "Ли Цян встретился с Мишустиным в г. Москве."
	for _, t := range l.Tokenize(text) {
		fmt.Printf("%s %s\n", t.Text, t.Kind)
	}
	// Output:
	// Ли word
	// Цян word
	// встретился word
	// с word
	// Мишустиным word
	// в word
	// г. abbreviation
	// Москве word
	// . punct
}

func ExampleRussian_Analyze() {
	l, _ := lang.Get("ru")
	for _, a := range l.Analyze(l.Fold("Мишустиным")) {
		fmt.Println(a.Stem, a.Case)
	}
	// Output:
	// мишустиным Nom
	// мишустин Ins
	// мишустиный Ins
}
