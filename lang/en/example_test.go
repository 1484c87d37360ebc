package en_test

import (
	"fmt"

	"github.com/varlik/varlik/lang"
)

func Example() {
	l, _ := lang.Get("en") // registered by importing lang/en
	text := "Russia's PM Mikhail Mishustin met Li Qiang."
	for _, t := range l.Tokenize(text) {
		fmt.Printf("%d-%d %s %s\n", t.Start, t.End, t.Kind, t.Norm)
	}
	// Output:
	// 0-6 word russia
	// 6-8 suffix 's
	// 9-11 abbreviation pm
	// 12-19 word mikhail
	// 20-29 word mishustin
	// 30-33 word met
	// 34-36 word li
	// 37-42 word qiang
	// 42-43 punct .
}
