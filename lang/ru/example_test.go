package ru_test

import (
	"fmt"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
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

func ExampleRussian_CitationForm() {
	var l ru.Russian
	for _, name := range []struct{ text, typ string }{
		{"Центрального банка", "ORGANIZATION"},
		{"Сергеем Лавровым", "PERSON"},
		{"Марии Захаровой", "PERSON"},
		{"Министерства иностранных дел", "ORGANIZATION"},
		{"Захарова", "PERSON"}, // a woman in the nominative or a man's genitive: kept
	} {
		fmt.Println(l.CitationForm(name.text, name.typ))
	}
	// Output:
	// Центральный банк
	// Сергей Лавров
	// Мария Захарова
	// Министерство иностранных дел
	// Захарова
}

func ExampleRussian_Patronymic() {
	var r ru.Russian
	for _, w := range []string{"Николаевич", "Николаевичем", "Сергеевной", "Ельцин", "бич"} {
		fmt.Println(w, r.Patronymic(r.Fold(w)))
	}
	// Output:
	// Николаевич true
	// Николаевичем true
	// Сергеевной true
	// Ельцин false
	// бич false
}
