package ner_test

import (
	"fmt"

	"github.com/varlik/varlik/ner"
)

// A headline in capitals carries no case of its own: the model's prior
// tells which of its words are written capitalized in running text.
func ExampleModel_CapitalizedShare() {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"ankara", "bakanlık", "indirdi", "xqzw"} { // folded words
		share, known := m.CapitalizedShare(w)
		fmt.Printf("%s %.2f %v\n", w, share, known)
	}
	// Output:
	// ankara 0.89 true
	// bakanlık 0.60 true
	// indirdi 0.01 true
	// xqzw 0.00 false
}
